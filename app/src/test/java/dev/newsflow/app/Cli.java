package dev.newsflow.app;

import dev.newsflow.app.cli.NewsflowCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code newsflow} command line in this JVM, as a user would, and keeps what it printed. */
final class Cli {

    /** Exit code, stdout and stderr of one command. */
    record Outcome(int exitCode, String out, String err) {}

    private Cli() {}

    static Outcome execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = NewsflowCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Outcome(exitCode, out.toString(), err.toString());
    }
}

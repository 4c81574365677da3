package dev.newsflow.app.observe;

import dev.newsflow.app.cli.NewsflowCommand;
import dev.newsflow.testkit.Eventually;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A {@code newsflow} command running in this JVM on its own thread, whose output can be read while it
 * runs: the tests watch a running pipeline through its HTTP endpoint. Interrupting the thread stops a
 * {@code run} that waits for a signal. {@link #execute} runs a short command to its end.
 */
public final class InProcessCli implements AutoCloseable {

    private static final Pattern ENDPOINT = Pattern.compile("status page and /metrics at (http://localhost:\\d+/)");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Thread thread;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();

    private InProcessCli(String... args) {
        CommandLine commandLine = NewsflowCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        thread = new Thread(() -> exitCode.complete(commandLine.execute(args)), "background-newsflow");
        thread.start();
    }

    public static InProcessCli start(String... args) {
        return new InProcessCli(args);
    }

    /** Runs a command to its end; its exit code, stdout and stderr. */
    public static InProcessCli execute(String... args) throws Exception {
        InProcessCli cli = new InProcessCli(args);
        cli.awaitExit(Duration.ofMinutes(5));
        return cli;
    }

    /** The base URL of the command's HTTP endpoint, once it has said where it listens. */
    String endpoint() {
        String[] url = new String[1];
        Eventually.await(Duration.ofSeconds(60), "the endpoint's address on stderr", () -> {
            Matcher matcher = ENDPOINT.matcher(err.toString());
            if (matcher.find()) {
                url[0] = matcher.group(1);
            }
            return url[0] != null || exitCode.isDone();
        });
        if (url[0] == null) {
            throw new AssertionError("the command ended without serving its endpoint; stderr:\n" + err);
        }
        return url[0];
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    public boolean done() {
        return exitCode.isDone();
    }

    int awaitExit(Duration timeout) throws Exception {
        return exitCode.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the command (a waiting {@code run} ends on interrupt) and waits for it to close everything. */
    @Override
    public void close() throws Exception {
        thread.interrupt();
        thread.join(Duration.ofSeconds(120).toMillis());
    }
}

package dev.newsflow.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups others ({@code topics}, {@code dlq}, {@code config}): given alone, it names them. */
abstract class CommandGroup implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public final void run() {
        throw new ParameterException(spec.commandLine(), "a " + spec.name() + " command is required: "
                + String.join(" or ", spec.subcommands().keySet()));
    }
}

package dev.newsflow.app;

import dev.newsflow.app.cli.NewsflowCommand;

/** Entry point of the {@code newsflow} command line. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(NewsflowCommand.commandLine().execute(args));
    }
}

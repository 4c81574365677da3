package dev.newsflow.broker;

import java.nio.file.Path;

/**
 * A broker in a process of its own, for tests that kill it hard. Prints its bootstrap servers on
 * one stdout line, then runs until the process ends; it never closes the broker itself.
 */
public final class StandaloneBroker {

    static final String READY_PREFIX = "BOOTSTRAP=";

    private StandaloneBroker() {}

    public static void main(String[] args) throws InterruptedException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of(args[0]), 0);
        System.out.println(READY_PREFIX + broker.bootstrapServers());
        System.out.flush();
        Thread.currentThread().join();
    }
}

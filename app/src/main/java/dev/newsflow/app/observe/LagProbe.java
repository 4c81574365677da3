package dev.newsflow.app.observe;

import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.enrich.topology.EnrichConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich and sink stages' lag for the status page, asked of the cluster at most every few
 * seconds however often the page polls (each answer costs a handful of admin requests).
 */
public final class LagProbe implements AutoCloseable {

    /** The stages whose lag {@code newsflow status} and the page show, with their default group ids. */
    public static final String ENRICH_GROUP = EnrichConfig.DEFAULT_APPLICATION_ID;
    public static final String SINK_GROUP = "newsflow-sink";

    private static final Logger LOG = LoggerFactory.getLogger(LagProbe.class);
    private static final long REFRESH_NANOS = 5_000_000_000L;

    private final Supplier<String> bootstrapServers;
    private final Map<String, String> clientOverrides;
    private Admin admin;
    private KafkaConsumer<byte[], byte[]> reader;
    private List<ConsumerLag.GroupLag> last = List.of();
    private long measuredAt;

    /** @param bootstrapServers the cluster, or null while it is not known yet (the run's broker is starting) */
    public LagProbe(Supplier<String> bootstrapServers, Map<String, String> clientOverrides) {
        this.bootstrapServers = bootstrapServers;
        this.clientOverrides = clientOverrides;
    }

    public synchronized List<ConsumerLag.GroupLag> current() {
        String bootstrap = bootstrapServers.get();
        if (bootstrap == null || (admin != null && System.nanoTime() - measuredAt < REFRESH_NANOS)) {
            return last;
        }
        try {
            if (admin == null) {
                Map<String, Object> settings = new HashMap<>(clientOverrides);
                settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
                admin = Admin.create(settings);
                reader = gaplessReader(bootstrap, clientOverrides);
            }
            List<ConsumerLag.GroupLag> lags = new ArrayList<>();
            lags.add(ConsumerLag.measure(admin, reader, "enrich", ENRICH_GROUP, Topics.RAW.name()));
            lags.add(ConsumerLag.measure(admin, reader, "sink", SINK_GROUP, Topics.ENRICHED.name()));
            last = List.copyOf(lags);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.debug("status: lag not available: {}", e.toString());
        }
        measuredAt = System.nanoTime();
        return last;
    }

    /** A read_committed consumer in no group, for {@link ConsumerLag}'s reading of small gaps. */
    public static KafkaConsumer<byte[], byte[]> gaplessReader(String bootstrap, Map<String, String> clientOverrides) {
        return new KafkaConsumer<>(ClientSettings.readCommittedConsumer(bootstrap, null, clientOverrides),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close();
            reader.close();
        }
    }
}

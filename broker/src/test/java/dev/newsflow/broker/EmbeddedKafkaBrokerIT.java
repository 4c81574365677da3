package dev.newsflow.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A real broker in this JVM: the client paths newsflow relies on, and restarts on the same data. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbeddedKafkaBrokerIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path sharedDir;

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start(sharedDir.resolve("kafka"), 0);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldListenOnLoopbackOnly() {
        assertThat(broker.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void shouldDeliverRecordFromIdempotentProducerToConsumer() throws Exception {
        String topic = createTopic(broker.bootstrapServers(), "plain");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(broker.bootstrapServers()))) {
            producer.send(new ProducerRecord<>(topic, "k1", "hello")).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }

        List<ConsumerRecord<String, String>> records = readAll(broker.bootstrapServers(), topic, "read_uncommitted", 1);

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("k1");
            assertThat(r.value()).isEqualTo("hello");
        });
    }

    @Test
    void shouldAcceptTenMegabyteRecordByDefault() throws Exception {
        String topic = createTopic(broker.bootstrapServers(), "large");
        String page = "x".repeat(10 * 1024 * 1024);
        Properties props = producerProps(broker.bootstrapServers());
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(EmbeddedKafkaBroker.MAX_MESSAGE_BYTES));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(2 * EmbeddedKafkaBroker.MAX_MESSAGE_BYTES));

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            RecordMetadata written = producer.send(new ProducerRecord<>(topic, "page", page))
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(written.serializedValueSize()).isEqualTo(page.length());
        }
    }

    @Test
    void shouldShowReadCommittedConsumerOnlyCommittedTransactions() throws Exception {
        String topic = createTopic(broker.bootstrapServers(), "tx");
        Properties props = producerProps(broker.bootstrapServers());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-" + UUID.randomUUID());

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "aborted"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "committed"));
            producer.commitTransaction();
        }

        // Log: [aborted][abort marker][committed][commit marker]; read_committed sees one record.
        List<ConsumerRecord<String, String>> records = readAll(broker.bootstrapServers(), topic, "read_committed", 1);

        assertThat(records).extracting(ConsumerRecord::value).containsExactly("committed");
    }

    @Test
    void shouldRunExactlyOnceV2StreamsApp(@TempDir Path stateDir) throws Exception {
        String input = createTopic(broker.bootstrapServers(), "streams-in");
        String output = createTopic(broker.bootstrapServers(), "streams-out");
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()).withName("read-input"))
                .mapValues(v -> v.toUpperCase(Locale.ROOT), Named.as("upper-case"))
                .to(output, Produced.with(Serdes.String(), Serdes.String()).withName("write-output"));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "eos-" + UUID.randomUUID());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // Commit (and so end each transaction) often, so the output becomes visible quickly.
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(broker.bootstrapServers()));
             KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
            producer.send(new ProducerRecord<>(input, "k", "exactly once")).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            streams.start();

            List<ConsumerRecord<String, String>> records = readAll(broker.bootstrapServers(), output, "read_committed", 1);

            assertThat(records).extracting(ConsumerRecord::value).containsExactly("EXACTLY ONCE");
        }
    }

    @Test
    void shouldKeepRecordsClusterIdAndAddressWhenRestartedOnSameDataDir(@TempDir Path dataDir) throws Exception {
        String topic;
        String clusterId;
        String address;
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(dataDir, 0)) {
            address = first.bootstrapServers();
            topic = createTopic(first.bootstrapServers(), "restart");
            clusterId = clusterId(first.bootstrapServers());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(first.bootstrapServers()))) {
                producer.send(new ProducerRecord<>(topic, "k", "survives")).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        }

        try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.start(dataDir, 0)) {
            // Its metadata names the old address: keeping it lets pending transactions be finished (RememberedPorts).
            assertThat(second.bootstrapServers()).as("address after a restart").isEqualTo(address);
            assertThat(clusterId(second.bootstrapServers())).isEqualTo(clusterId);
            List<ConsumerRecord<String, String>> records = readAll(second.bootstrapServers(), topic, "read_committed", 1);
            assertThat(records).extracting(ConsumerRecord::value).containsExactly("survives");
        }
    }

    @Test
    void shouldRecoverRecordsWhenRestartedAfterProcessWasKilled(@TempDir Path dataDir) throws Exception {
        Path kafkaDir = dataDir.resolve("kafka");
        String topic;
        Process killed = startStandaloneBroker(kafkaDir, dataDir.resolve("standalone-broker.log"));
        try {
            String bootstrap = awaitBootstrapLine(killed);
            topic = createTopic(bootstrap, "killed");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(bootstrap))) {
                producer.send(new ProducerRecord<>(topic, "k", "acked before kill")).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            // SIGKILL: no shutdown hook, no clean shutdown marker, the directory lock left behind.
            killed.destroyForcibly();
            assertThat(killed.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("killed broker process exited").isTrue();
        }

        try (EmbeddedKafkaBroker recovered = EmbeddedKafkaBroker.start(kafkaDir, 0)) {
            List<ConsumerRecord<String, String>> records = readAll(recovered.bootstrapServers(), topic, "read_committed", 1);
            assertThat(records).extracting(ConsumerRecord::value).containsExactly("acked before kill");
        }
    }

    private static Process startStandaloneBroker(Path kafkaDir, Path log) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StandaloneBroker.class.getName(), kafkaDir.toString())
                .redirectError(log.toFile())
                .start();
    }

    private static String awaitBootstrapLine(Process process) throws Exception {
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> readLineUnchecked(stdout)).get(60, TimeUnit.SECONDS);
        assertThat(line).as("standalone broker's ready line").startsWith(StandaloneBroker.READY_PREFIX);
        return line.substring(StandaloneBroker.READY_PREFIX.length());
    }

    private static String readLineUnchecked(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String createTopic(String bootstrap, String prefix) throws ExecutionException, InterruptedException {
        String topic = prefix + "-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        return topic;
    }

    static String clusterId(String bootstrap) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.describeCluster().clusterId().get();
        }
    }

    static Properties producerProps(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    /** Reads {@code topic} from the start until {@code expected} records arrived, or fails after {@link #WAIT}. */
    static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic, String isolation, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertThat(records).as("records read from %s within %s", topic, WAIT).hasSizeGreaterThanOrEqualTo(expected);
        return records;
    }
}

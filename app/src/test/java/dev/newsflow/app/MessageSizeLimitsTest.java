package dev.newsflow.app;

import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.core.event.RecordSizes;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.enrich.topology.EnrichConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest dead letter gets through everywhere: the dead-letter topic holds any raw or enriched
 * record in base64, the embedded broker takes it, every producer that writes dead letters may send
 * it and the consumers that read them may fetch it.
 */
class MessageSizeLimitsTest {

    private static final int LARGEST_DEAD_LETTER = RecordSizes.DEAD_LETTER_MAX_MESSAGE_BYTES;

    @Test
    void shouldCreateTheDeadLetterTopicLargeEnoughForTheLargestRawRecordInBase64() {
        long base64OfLargestRecord = 4L * ((RecordSizes.MAX_MESSAGE_BYTES + 2) / 3);

        assertThat(Topics.DEAD_LETTERS.configs()).containsEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(LARGEST_DEAD_LETTER));
        assertThat(LARGEST_DEAD_LETTER).isGreaterThan((int) base64OfLargestRecord + 1024 * 1024);
        assertThat(Topics.RAW.configs()).containsEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(RecordSizes.MAX_MESSAGE_BYTES));
    }

    @Test
    void shouldLetTheEmbeddedBrokerTakeTheLargestDeadLetter() {
        assertThat(EmbeddedKafkaBroker.MAX_MESSAGE_BYTES).isEqualTo(LARGEST_DEAD_LETTER);
    }

    @Test
    void shouldLetEveryProducerOfDeadLettersSendTheLargestOne() {
        // Ingest, the sink's dead-letter producer and the replayer take theirs from ClientSettings.
        Properties clients = ClientSettings.idempotentProducer("localhost:9092", "test", Map.of());
        Properties enrich = new EnrichConfig("localhost:9092", "test", Path.of("state"), 1, Map.of()).toProperties();

        assertThat(clients.getProperty(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)).isEqualTo(String.valueOf(LARGEST_DEAD_LETTER));
        assertThat(enrich.getProperty(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)))
                .isEqualTo(String.valueOf(LARGEST_DEAD_LETTER));
    }

    @Test
    void shouldLetConsumersOfDeadLettersFetchTheLargestOne() {
        Properties consumer = ClientSettings.readCommittedConsumer("localhost:9092", null, Map.of());

        assertThat(Integer.parseInt(consumer.getProperty(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG))).isEqualTo(LARGEST_DEAD_LETTER);
        assertThat(Integer.parseInt(consumer.getProperty(ConsumerConfig.FETCH_MAX_BYTES_CONFIG))).isGreaterThanOrEqualTo(LARGEST_DEAD_LETTER);
    }
}

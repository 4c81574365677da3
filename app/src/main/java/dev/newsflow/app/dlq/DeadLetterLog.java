package dev.newsflow.app.dlq;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the dead-letter topic and the replay log from the beginning to their current end, without
 * joining a consumer group (listing must not move anybody's offsets).
 */
public final class DeadLetterLog {

    private static final Duration POLL = Duration.ofMillis(500);

    private DeadLetterLog() {}

    /** Every dead letter on the topic now, in partition and offset order, marked if already replayed. */
    public static List<LoggedDeadLetter> read(String bootstrapServers, Map<String, String> clientOverrides) {
        Set<String> replayed = new HashSet<>();
        readToEnd(bootstrapServers, clientOverrides, Topics.DEAD_LETTER_REPLAYS.name(), record -> replayed.add(record.key()));
        List<LoggedDeadLetter> letters = new ArrayList<>();
        readToEnd(bootstrapServers, clientOverrides, Topics.DEAD_LETTERS.name(), record -> {
            DeadLetter letter = Topics.DEAD_LETTERS.valueSerde().deserializer().deserialize(record.topic(), record.value());
            letters.add(new LoggedDeadLetter(record.partition(), record.offset(), letter,
                    replayed.contains(record.partition() + "/" + record.offset())));
        });
        return letters;
    }

    private static void readToEnd(String bootstrapServers, Map<String, String> clientOverrides, String topic,
                                  java.util.function.Consumer<ConsumerRecord<String, byte[]>> each) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                ClientSettings.readCommittedConsumer(bootstrapServers, null, clientOverrides),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(POLL).forEach(each);
            }
        }
    }
}

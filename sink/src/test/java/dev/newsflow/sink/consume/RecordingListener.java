package dev.newsflow.sink.consume;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Remembers what the sink told about each key, and how often, for keys that start with a test's prefix. */
final class RecordingListener implements SinkListener {

    final Map<String, AtomicInteger> stored = new ConcurrentHashMap<>();
    final Map<String, String> deadLettered = new ConcurrentHashMap<>();
    private final String prefix;

    RecordingListener(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void stored(ConsumerRecord<String, byte[]> record) {
        if (record.key() != null && record.key().startsWith(prefix)) {
            stored.computeIfAbsent(record.key(), key -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Override
    public void deadLettered(ConsumerRecord<String, byte[]> record, String reason) {
        if (record.key() != null && record.key().startsWith(prefix)) {
            deadLettered.put(record.key(), reason);
        }
    }
}

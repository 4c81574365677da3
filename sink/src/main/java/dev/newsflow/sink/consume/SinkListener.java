package dev.newsflow.sink.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Hears what became of each enriched record once its outcome is durable (stored and committed). */
public interface SinkListener {

    SinkListener NONE = new SinkListener() {
        @Override
        public void stored(ConsumerRecord<String, byte[]> record) {}

        @Override
        public void deadLettered(ConsumerRecord<String, byte[]> record, String reason) {}
    };

    void stored(ConsumerRecord<String, byte[]> record);

    void deadLettered(ConsumerRecord<String, byte[]> record, String reason);
}

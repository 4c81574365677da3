package dev.newsflow.enrich.topology;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.topic.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;

/**
 * An enriched event the broker refuses as too large becomes a dead letter with the source record's
 * original bytes, keeping "one raw event, one outcome". Kafka Streams' built-in dead-letter records
 * carry only headers, so the {@link DeadLetter} JSON is built here. Any other production error fails
 * the task (and exactly-once processing retries it).
 */
public final class OversizedOutputHandler implements ProductionExceptionHandler {

    @Override
    public void configure(Map<String, ?> configs) {
        // Nothing to configure: topics come from the registry.
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (!(exception instanceof RecordTooLargeException) || !Topics.ENRICHED.name().equals(record.topic())) {
            return Response.fail();
        }
        DeadLetter letter = DeadLetter.of(Stage.ENRICH, exception.getClass().getName(),
                "enriched event too large for " + record.topic() + ": " + DeadLetter.reasonOf(exception),
                DeadLetter.Source.kafka(context.topic(), context.partition(), context.offset()),
                record.key() == null ? null : Topics.RAW.keySerde().deserializer().deserialize(context.topic(), record.key()),
                context.sourceRawKey(), context.sourceRawValue(), Instant.now());
        byte[] value = Topics.DEAD_LETTERS.valueSerde().serializer().serialize(Topics.DEAD_LETTERS.name(), letter);
        return Response.resume(List.of(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), null, record.key(), value, context.headers())));
    }
}

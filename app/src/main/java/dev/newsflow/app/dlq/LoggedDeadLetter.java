package dev.newsflow.app.dlq;

import dev.newsflow.core.event.DeadLetter;

/**
 * A dead letter with its position on the dead-letter topic, which names it for listing and replay.
 *
 * @param partition partition on {@code news.dlq.v1}
 * @param offset    offset on {@code news.dlq.v1}
 * @param letter    the dead letter
 * @param replayed  whether it has been replayed already
 */
public record LoggedDeadLetter(int partition, long offset, DeadLetter letter, boolean replayed) {

    /** The key of this dead letter on the replay log. */
    public String position() {
        return partition + "/" + offset;
    }
}

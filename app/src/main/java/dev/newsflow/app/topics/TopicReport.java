package dev.newsflow.app.topics;

import java.util.List;

/**
 * What {@code topics create} found and did.
 *
 * @param created   topics it created
 * @param unchanged topics that already existed as configured
 * @param drift     one line per difference between an existing topic and its configuration
 *                  (partitions, or a topic setting newsflow relies on); never changed silently
 */
public record TopicReport(List<String> created, List<String> unchanged, List<String> drift) {

    public boolean changedNothing() {
        return created.isEmpty();
    }
}

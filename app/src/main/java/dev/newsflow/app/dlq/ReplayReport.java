package dev.newsflow.app.dlq;

import java.util.List;

/**
 * What one {@code dlq replay} did.
 *
 * @param replayed        dead letters sent back to their stage's input topic
 * @param alreadyReplayed selected dead letters skipped because an earlier replay sent them
 * @param failures        one line per selected dead letter that could not be replayed, with the reason
 */
public record ReplayReport(int replayed, int alreadyReplayed, List<String> failures) {}

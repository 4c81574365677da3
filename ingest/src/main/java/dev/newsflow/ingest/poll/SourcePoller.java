package dev.newsflow.ingest.poll;

/** Polls one source once and says how it went; never throws for a bad source. */
@FunctionalInterface
public interface SourcePoller {

    PollOutcome poll(FeedSource source);
}

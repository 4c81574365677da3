package dev.newsflow.ingest.poll;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.Stage;
import dev.newsflow.ingest.seen.Offer;
import dev.newsflow.ingest.seen.PublishReport;
import dev.newsflow.ingest.seen.SeenState;
import dev.newsflow.ingest.seen.SeenStatePublisher;
import dev.newsflow.ingest.source.CappedContent;
import dev.newsflow.ingest.source.charset.DecodedText;
import dev.newsflow.ingest.source.http.FetchException;
import dev.newsflow.ingest.source.http.FetchRequest;
import dev.newsflow.ingest.source.http.FetchResult;
import dev.newsflow.ingest.source.http.FullPageFetcher;
import dev.newsflow.ingest.source.http.SafeFetcher;
import dev.newsflow.ingest.source.http.Validators;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.common.KafkaException;

/**
 * One poll of one source: conditional GET, parse, (for summary-only feeds) fetch the pages of new
 * and changed items, and publish through the seen-state. Never throws: every failure becomes an
 * outcome with a one-line reason naming the source, and an unparseable document a dead letter.
 * Safe to call for different sources from several threads.
 */
public final class FeedPoller implements SourcePoller {

    private final SafeFetcher fetcher;
    private final FeedParser parser;
    private final FullPageFetcher pages;
    private final SeenState seen;
    private final SeenStatePublisher publisher;
    private final Consumer<String> errorLines;
    private final Clock clock;
    /** ETag / Last-Modified per source from its last good poll; in memory, as the seen-state makes a full refetch after a restart harmless. */
    private final Map<String, Validators> validators = new ConcurrentHashMap<>();

    /**
     * @param errorLines receives one line per failed poll, naming the source (the CLI prints them on stderr)
     */
    public FeedPoller(SafeFetcher fetcher, FeedParser parser, FullPageFetcher pages, SeenState seen,
                      SeenStatePublisher publisher, Consumer<String> errorLines, Clock clock) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.pages = pages;
        this.seen = seen;
        this.publisher = publisher;
        this.errorLines = errorLines;
        this.clock = clock;
    }

    @Override
    public PollOutcome poll(FeedSource source) {
        FetchResult result;
        try {
            result = fetcher.fetch(new FetchRequest(source.url(), source.headers(), validators.get(source.id()), source.limits()));
        } catch (FetchException e) {
            return failure(source, PollOutcome.Kind.FAILED, e.getMessage(), Optional.empty());
        }
        if (result.notModified()) {
            return new PollOutcome(source.id(), PollOutcome.Kind.NOT_MODIFIED, PublishReport.NONE, Optional.empty(), null);
        }
        if (result.throttled()) {
            return failure(source, PollOutcome.Kind.THROTTLED, "HTTP " + result.status() + " from " + result.url()
                    + result.retryAfter().map(d -> ", retry after " + d.toSeconds() + " s").orElse(""), result.retryAfter());
        }
        if (!result.ok()) {
            return failure(source, PollOutcome.Kind.FAILED, "HTTP " + result.status() + " from " + result.url(), Optional.empty());
        }
        List<RawArticle> items;
        try {
            items = parser.parse(result.body(), result.contentType(), source.url(), source.id(), clock.instant());
        } catch (UnparseableDocumentException e) {
            return deadLetter(source, result, e);
        }
        try {
            PublishReport report = publisher.publish(offers(source, items));
            validators.put(source.id(), result.validators());
            return new PollOutcome(source.id(), PollOutcome.Kind.FETCHED, report, Optional.empty(), null);
        } catch (KafkaException e) {
            return failure(source, PollOutcome.Kind.FAILED, "publishing failed: " + DeadLetter.reasonOf(e), Optional.empty());
        }
    }

    private List<Offer> offers(FeedSource source, List<RawArticle> items) {
        List<Offer> offers = new ArrayList<>(items.size());
        for (RawArticle item : items) {
            Offer offer = Offer.of(item);
            // Judged on the feed item, before any page fetch: an unchanged item costs no page request,
            // and a page's changing clutter (ads, clocks) cannot make a new revision on its own.
            if (source.fetchFullPage() && item.url() != null && seen.judge(source.id(), item.id(), offer.textHash()).publish()) {
                offer = new Offer(withPage(source, item), offer.textHash());
            }
            offers.add(offer);
        }
        return offers;
    }

    /** The item with its page as content (the feed's text kept as summary); the feed item alone when the page cannot be had. */
    private RawArticle withPage(FeedSource source, RawArticle item) {
        DecodedText html;
        try {
            html = pages.fetch(item.url(), source.limits());
        } catch (FetchException e) {
            report(source, "full page not fetched, keeping the feed text: " + e.getMessage());
            return item;
        }
        CappedContent page = CappedContent.of(html.text());
        RawArticle.FeedFields feed = item.feed();
        String summary = feed.summary() != null ? feed.summary() : item.content();
        List<String> flags = new ArrayList<>(feed.flags());
        html.flags().stream().filter(flag -> !flags.contains(flag)).forEach(flags::add);
        RawArticle.FeedFields withSummary = new RawArticle.FeedFields(feed.guid(), feed.authors(), feed.categories(), summary,
                feed.timestamp(), feed.updated(), feed.language(), feed.images(), flags);
        return new RawArticle(item.schema(), item.id(), item.revision(), item.url(), item.source(), item.title(), withSummary,
                page.text(), "text/html", page.truncated(), page.originalLength(), page.originalHash(), item.fetchedAt());
    }

    private PollOutcome deadLetter(FeedSource source, FetchResult result, UnparseableDocumentException e) {
        String reason = "not a readable feed: " + e.getMessage();
        try {
            publisher.deadLetter(source.id(), source.url(), DeadLetter.of(Stage.INGEST, "UnparseableFeed", reason,
                    DeadLetter.Source.feed(source.url(), source.id()), null, null, result.body(), clock.instant()));
        } catch (KafkaException kafka) {
            return failure(source, PollOutcome.Kind.FAILED, reason + "; dead-lettering failed: " + DeadLetter.reasonOf(kafka), Optional.empty());
        }
        return failure(source, PollOutcome.Kind.DEAD_LETTERED, reason, Optional.empty());
    }

    private PollOutcome failure(FeedSource source, PollOutcome.Kind kind, String reason, Optional<Duration> retryAfter) {
        String line = report(source, reason);
        return new PollOutcome(source.id(), kind, PublishReport.NONE, retryAfter, line);
    }

    private String report(FeedSource source, String reason) {
        String line = "newsflow: ingest: source " + source.id() + " (" + source.url() + "): " + reason;
        errorLines.accept(line);
        return line;
    }
}

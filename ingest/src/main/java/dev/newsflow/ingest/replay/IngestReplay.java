package dev.newsflow.ingest.replay;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.ingest.poll.FeedParser;
import dev.newsflow.ingest.poll.FeedReaderParser;
import dev.newsflow.ingest.poll.UnparseableDocumentException;
import dev.newsflow.ingest.source.InputRefusal;
import dev.newsflow.ingest.source.archive.ArchivedItemParser;
import dev.newsflow.ingest.source.archive.ArchivedItems;
import dev.newsflow.ingest.source.archive.MalformedItemException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An ingest dead letter read again the way ingest first read it, for a replay after a fix: the
 * bytes of a polled feed (a letter naming its source id) as that feed, giving an article per item;
 * anything else as an archived item, whose original comes from its file again when the letter kept
 * only its first bytes ({@link CutInputSource}).
 *
 * <p>A replayed feed's items are read from the bytes that failed, as the feed gives them: no full
 * page is fetched, and they do not pass through the seen-state of the ingest deployment, so a poll
 * of the same feed may publish an item again (same id and revision: the store keeps one row).
 */
public final class IngestReplay {

    /** Dead letters of inputs never read (unreadable, or a link out of the input folder): they carry no bytes. */
    private static final Set<String> UNREAD_INPUTS =
            Set.of(InputRefusal.Kind.UNREADABLE.errorClass(), InputRefusal.Kind.LINK_OUTSIDE_INPUT.errorClass());

    private final ArchivedItemParser items = new ArchivedItemParser();
    private final FeedParser feeds = new FeedReaderParser();
    private final CutInputSource cutInputs = new CutInputSource();

    /**
     * The raw articles {@code letter} gives when read again at {@code now}.
     *
     * @throws IllegalArgumentException     if there is nothing to read again (an input refused unread, a cut
     *                                      payload whose file is gone or changed); the message says why
     * @throws MalformedItemException       if the archived item is still malformed
     * @throws UnparseableDocumentException if the feed is still unreadable
     */
    public List<RawArticle> articles(DeadLetter letter, Instant now) throws MalformedItemException, UnparseableDocumentException {
        if (UNREAD_INPUTS.contains(letter.errorClass())) {
            throw new IllegalArgumentException("the input was refused unread (" + letter.errorClass()
                    + "): there are no bytes to replay; ingest it again once it can be read");
        }
        DeadLetter.Source source = letter.source();
        if (source != null && source.sourceId() != null) {
            if (letter.payloadTruncated()) {
                throw new IllegalArgumentException("the feed's bytes were cut and a feed is not read again from the web by a replay; "
                        + "the next poll of source " + source.sourceId() + " reads it anew");
            }
            return feeds.parse(letter.payload(), null, source.input(), source.sourceId(), now);
        }
        String input = source == null ? "replay" : source.input();
        byte[] original = letter.payloadTruncated() ? cutInputs.reread(letter) : letter.payload();
        return List.of(ArchivedItems.toRawArticle(items.parse(original), input, now));
    }
}

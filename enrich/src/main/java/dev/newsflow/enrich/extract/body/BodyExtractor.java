package dev.newsflow.enrich.extract.body;

import dev.newsflow.core.time.WrittenDate;
import dev.newsflow.enrich.extract.credit.AgencyCredit;
import dev.newsflow.enrich.extract.credit.RightsLine;
import dev.newsflow.enrich.extract.image.ImageProxyUnwrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the clean body from a parsed page: removes boilerplate, flattens absurd nesting, locates the content root, walks
 * it into blocks, then takes out what is not body text: chrome lines ({@link ChromeLines}), the dateline near the top, publisher and
 * agency credits (a prefix of the first paragraph, or whole paragraphs) and rights lines; and puts the
 * standfirst the body's search left outside (often in the article's header) before the body ({@link Standfirst}).
 * Thread-safe; it changes the {@link Document} it is given.
 */
public final class BodyExtractor {

    private final ContentLocator locator;
    private final BlockWalker walker;
    private final AgencyCredit agencyCredit = new AgencyCredit();
    private final RightsLine rightsLine = new RightsLine();

    public BodyExtractor(ContentLocator locator, ImageProxyUnwrapper unwrapper) {
        this.locator = locator;
        this.walker = new BlockWalker(unwrapper);
    }

    public ArticleBody extract(Document page) {
        Standfirst standfirst = Standfirst.of(page);
        return body(locator.locate(PagePreparation.prepared(page, standfirst)), standfirst);
    }

    /**
     * As {@link #extract(Document)}, with a way to parse the page again: a locator that needs a second
     * attempt at the page then works on a new parse rather than on a copy of every page made in case.
     */
    public ArticleBody extract(Document page, Supplier<Document> parsedAgain) {
        Standfirst standfirst = Standfirst.of(page);
        return body(locator.locate(PagePreparation.prepared(page, standfirst), () -> PagePreparation.prepared(parsedAgain.get())),
                standfirst);
    }

    private ArticleBody body(Element root, Standfirst standfirst) {
        List<Block> blocks = new ArrayList<>(ChromeLines.without(walker.walk(root)));
        WrittenDate timestamp = null;
        int dateline = StandaloneTimestamp.find(blocks);
        if (dateline >= 0) {
            timestamp = StandaloneTimestamp.dateOf((TextBlock) blocks.remove(dateline));
        }
        List<String> credits = new ArrayList<>();
        List<Block> body = withoutCredits(blocks, credits);
        String lead = standfirst == null || body.isEmpty() ? null : standfirst.textFor(body);
        if (lead != null) {
            body.add(0, new TextBlock(TextBlock.Kind.PARAGRAPH, lead, List.of(), null));
        }
        return new ArticleBody(body, credits, timestamp);
    }

    /** The blocks without credit and rights lines; those go to {@code credits}, in body order. */
    private List<Block> withoutCredits(List<Block> blocks, List<String> credits) {
        List<Block> kept = new ArrayList<>(blocks.size());
        boolean beforeFirstParagraph = true;
        for (Block block : blocks) {
            if (!(block instanceof TextBlock text)) {
                kept.add(block);
                continue;
            }
            if (agencyCredit.isCreditParagraph(text.text()) || rightsLine.isRightsLine(text.text())) {
                credits.add(text.text());
                continue;
            }
            if (beforeFirstParagraph && !text.isHeading()) {
                beforeFirstParagraph = false;
                String credit = agencyCredit.leadingCredit(text.text());
                if (credit != null) {
                    credits.add(credit);
                    text = text.withText(agencyCredit.withoutLeadingCredit(text.text()));
                }
            }
            kept.add(text);
        }
        return kept;
    }
}

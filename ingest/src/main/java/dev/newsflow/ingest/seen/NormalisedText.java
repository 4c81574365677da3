package dev.newsflow.ingest.seen;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.id.ContentHash;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/**
 * The hash that decides whether an item changed: of its title and the text of its content, with
 * markup dropped and white space collapsed. A feed that re-serialises the same item with other
 * markup, attribute order or line breaks does not make a new revision; changed words do.
 */
public final class NormalisedText {

    private NormalisedText() {}

    public static String hash(RawArticle article) {
        String title = article.title() == null ? "" : Jsoup.parse(article.title()).text();
        String body = article.content() == null ? "" : Jsoup.parse(article.content()).text();
        return ContentHash.sha256Hex((title + "\n" + body).getBytes(StandardCharsets.UTF_8));
    }
}

package dev.newsflow.ingest.source.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the links inside an item's HTML absolute against the {@code xml:base} in force where the
 * HTML sat: once the HTML leaves the feed, that base is lost, and a relative link would resolve
 * against the article's own address instead.
 */
final class RelativeLinks {

    private RelativeLinks() {}

    static String absolutize(String html, String base) {
        if (html.indexOf("href") < 0 && html.indexOf("src") < 0) {
            return html;
        }
        Document fragment = Jsoup.parseBodyFragment(html, base);
        fragment.outputSettings().prettyPrint(false);
        for (Element element : fragment.body().select("[href], [src]")) {
            for (String attribute : new String[] {"href", "src"}) {
                String absolute = element.hasAttr(attribute) ? element.absUrl(attribute) : "";
                if (!absolute.isEmpty()) {
                    element.attr(attribute, absolute);
                }
            }
        }
        return fragment.body().html();
    }
}

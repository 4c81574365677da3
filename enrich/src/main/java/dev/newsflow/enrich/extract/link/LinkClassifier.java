package dev.newsflow.enrich.extract.link;

import dev.newsflow.core.event.EnrichedArticle.Link;
import dev.newsflow.enrich.extract.url.WebAddress;
import java.util.Set;

/**
 * Sorts body links into {@code related} (the publisher marked the link as a related article),
 * {@code internal} (same site as the article) and {@code external}.
 */
public final class LinkClassifier {

    public static final String RELATED = "related";
    public static final String INTERNAL = "internal";
    public static final String EXTERNAL = "external";

    /**
     * {@code rel} values publishers use to mark a link to one of their related articles
     * (Deutsche Welle's feeds write {@code rel="ArticleRef"}).
     */
    private static final Set<String> RELATED_REL = Set.of("articleref", "related");

    private final WebAddress article;

    /** @param articleUrl the article's own URL; links are internal when they share its site */
    public LinkClassifier(String articleUrl) {
        this.article = WebAddress.parse(articleUrl);
    }

    /** The classified link, or null when the anchor is no http(s) URL ({@link WebAddress#isWebUrl}). */
    public Link classify(Anchor anchor) {
        WebAddress target = WebAddress.parse(anchor.url());
        if (target == null) {
            return null;
        }
        return new Link(anchor.url(), anchor.text(), kind(anchor, target));
    }

    private String kind(Anchor anchor, WebAddress target) {
        if (anchor.rel().stream().anyMatch(RELATED_REL::contains)) {
            return RELATED;
        }
        return article != null && article.sameSiteAs(target) ? INTERNAL : EXTERNAL;
    }
}

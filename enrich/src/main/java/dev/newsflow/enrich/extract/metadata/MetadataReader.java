package dev.newsflow.enrich.extract.metadata;

import static dev.newsflow.enrich.extract.Sourced.firstOf;
import static dev.newsflow.enrich.extract.Sourced.ofNullable;

import dev.newsflow.enrich.extract.Provenance;
import dev.newsflow.enrich.extract.Sourced;
import dev.newsflow.enrich.extract.date.TimestampParser;
import dev.newsflow.enrich.extract.url.ReferenceResolver;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata (see {@link PageMetadata} for what and in which order of trust).
 * Stateless and thread-safe. It must run before the body extractor, which strips the
 * {@code <script>} and {@code <header>} elements some of this metadata lives in.
 */
public final class MetadataReader {

    /** Separators between headline and site name in {@code <title>}: "Headline | Site", "Headline - Site". */
    private static final List<String> TITLE_SITE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ");

    private final JsonLdReader jsonLd = new JsonLdReader();

    public PageMetadata read(Document page) {
        JsonLdArticle article = jsonLd.read(page);
        MetaTags meta = new MetaTags(page);
        Sourced<String> siteName = firstOf(
                ofNullable(meta.get("og:site_name"), Provenance.OPENGRAPH),
                ofNullable(article.publisherName(), Provenance.JSONLD));
        return new PageMetadata(
                title(page, meta, article, siteName),
                firstOf(
                        ofNullable(meta.get("og:description"), Provenance.OPENGRAPH),
                        ofNullable(meta.get("description"), Provenance.META),
                        ofNullable(article.description(), Provenance.JSONLD)),
                siteName,
                canonicalUrl(page),
                firstOf(
                        instant(article.datePublished(), Provenance.JSONLD),
                        instant(meta.get("article:published_time"), Provenance.OPENGRAPH),
                        instant(meta.first("date", "pubdate", "publishdate", "dc.date.issued", "dcterms.created"), Provenance.META),
                        instant(itemprop(page, "datePublished"), Provenance.META)),
                firstOf(
                        instant(article.dateModified(), Provenance.JSONLD),
                        instant(meta.get("article:modified_time"), Provenance.OPENGRAPH)),
                firstOf(
                        ofNullable(AuthorNames.clean(article.authors()), Provenance.JSONLD),
                        ofNullable(names(meta.get("article:author")), Provenance.OPENGRAPH),
                        ofNullable(names(meta.get("author")), Provenance.META)),
                firstOf(
                        ofNullable(ReferenceResolver.resolve(page.location(), article.imageUrl()), Provenance.JSONLD),
                        ofNullable(ReferenceResolver.resolve(page.location(), meta.get("og:image")), Provenance.OPENGRAPH)),
                language(page, meta));
    }

    /**
     * JSON-LD and OpenGraph name the headline on purpose. Else {@code <title>}, which usually carries
     * the site's name too; the first {@code <h1>} alone is the last resort, since on many sites it is
     * the site's logo. When {@code <title>} starts with the h1, the h1 is the headline without the rest.
     */
    private static Sourced<String> title(Document page, MetaTags meta, JsonLdArticle article, Sourced<String> siteName) {
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? "" : h1.text();
        String titleTag = page.title();
        String fromTitleTag = !heading.isEmpty() && titleTag.startsWith(heading) ? heading : withoutSiteName(titleTag, siteName);
        return firstOf(
                ofNullable(article.headline(), Provenance.JSONLD),
                ofNullable(meta.get("og:title"), Provenance.OPENGRAPH),
                ofNullable(fromTitleTag, Provenance.META),
                ofNullable(heading, Provenance.BODY));
    }

    /** {@code <title>} usually ends with the site's name; drop it when we know that name. */
    private static String withoutSiteName(String title, Sourced<String> siteName) {
        if (siteName == null) {
            return title;
        }
        for (String separator : TITLE_SITE_SEPARATORS) {
            String suffix = separator + siteName.value();
            if (title.endsWith(suffix) && title.length() > suffix.length()) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
        }
        return title;
    }

    private static String canonicalUrl(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical == null) {
            return null;
        }
        String url = canonical.absUrl("href");
        return url.isEmpty() ? null : url;
    }

    private static String language(Document page, MetaTags meta) {
        Element html = page.firstElementChild();
        String lang = html == null ? "" : html.attr("lang");
        String declared = lang.isBlank() ? meta.get("og:locale") : lang;
        return declared == null || declared.isBlank() ? null : declared.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private static String itemprop(Document page, String name) {
        Element element = page.selectFirst("[itemprop=" + name + "]");
        if (element == null) {
            return null;
        }
        for (String attribute : List.of("content", "datetime")) {
            if (element.hasAttr(attribute)) {
                return element.attr(attribute).strip();
            }
        }
        return element.text();
    }

    /** An author meta tag holds a byline or a profile URL; a URL is no name. */
    private static List<String> names(String byline) {
        return byline == null ? List.of() : AuthorNames.clean(List.of(byline));
    }

    private static Sourced<Instant> instant(String text, Provenance provenance) {
        return ofNullable(TimestampParser.parse(text), provenance);
    }
}

package dev.newsflow.enrich.extract.metadata;

import static dev.newsflow.enrich.extract.Sourced.firstOf;
import static dev.newsflow.enrich.extract.Sourced.ofNullable;

import dev.newsflow.enrich.extract.Provenance;
import dev.newsflow.enrich.extract.Sourced;
import dev.newsflow.enrich.extract.date.DeclaredDates;
import dev.newsflow.enrich.extract.date.PageDates;
import dev.newsflow.enrich.extract.url.ReferenceResolver;
import dev.newsflow.enrich.extract.url.WebAddress;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a page's metadata (see {@link PageMetadata} for what and in which order of trust).
 * Stateless and thread-safe. It must run before the body extractor, which strips the
 * {@code <script>} and {@code <header>} elements some of this metadata lives in.
 */
public final class MetadataReader {

    /** Named creators in head metadata besides OpenGraph, in order of trust. */
    private static final String[] AUTHOR_META = {
        "dc:creator", "dcterm:creator", "dcterms:creator", "author", "parsely-author", "sailthru:author", "byl"};

    private final JsonLdReader jsonLd = new JsonLdReader();

    public PageMetadata read(Document page) {
        MetadataElements elements = MetadataElements.of(page);
        JsonLdArticle article = jsonLd.read(elements.jsonLdScripts(), page.title());
        MetaTags meta = new MetaTags(elements.metaTags());
        Sourced<String> siteName = firstOf(
                ofNullable(meta.get("og:site_name"), Provenance.OPENGRAPH),
                ofNullable(article.publisherName(), Provenance.JSONLD));
        return new PageMetadata(
                title(page, elements, meta, article, siteName),
                firstOf(
                        ofNullable(meta.get("og:description"), Provenance.OPENGRAPH),
                        ofNullable(meta.get("description"), Provenance.META),
                        ofNullable(article.description(), Provenance.JSONLD)),
                siteName,
                canonicalUrl(elements),
                dates(page, elements),
                authors(page, meta, article),
                firstOf(
                        ofNullable(webUrl(page.location(), article.imageUrl()), Provenance.JSONLD),
                        ofNullable(webUrl(page.location(), meta.get("og:image")), Provenance.OPENGRAPH)),
                language(page, meta),
                article != JsonLdArticle.NONE
                        || "article".equalsIgnoreCase(meta.get("og:type"))
                        || meta.get("article:published_time") != null);
    }

    /**
     * JSON-LD, Dublin Core, OpenGraph, Twitter and Parse.ly name the headline on purpose (the social
     * ones sometimes with the site's name appended, which goes). Else {@code <title>}, without the
     * site's name and section ({@link TitleTag}); the first {@code <h1>} alone is the last resort,
     * since on many sites it is the site's logo.
     */
    private static Sourced<String> title(
            Document page, MetadataElements elements, MetaTags meta, JsonLdArticle article, Sourced<String> siteName) {
        Element h1 = elements.firstH1();
        String heading = h1 == null ? "" : h1.text();
        String site = siteName == null ? null : siteName.value();
        return firstOf(
                ofNullable(article.headline(), Provenance.JSONLD),
                ofNullable(meta.first("dc:title", "dcterm:title", "dcterms:title"), Provenance.META),
                ofNullable(withoutSiteName(meta.get("og:title"), site), Provenance.OPENGRAPH),
                ofNullable(withoutSiteName(meta.first("twitter:title", "parsely-title"), site), Provenance.META),
                ofNullable(TitleTag.headline(page.title(), site, heading), Provenance.META),
                ofNullable(heading, Provenance.BODY));
    }

    private static String withoutSiteName(String title, String siteName) {
        return title == null ? null : TitleTag.withoutSiteName(title, siteName);
    }

    /** Declared authors first; the page's visible byline when it declares none. */
    private static Sourced<List<String>> authors(Document page, MetaTags meta, JsonLdArticle article) {
        Sourced<List<String>> declared = firstOf(
                ofNullable(AuthorNames.clean(article.authors()), Provenance.JSONLD),
                ofNullable(names(meta.get("article:author")), Provenance.OPENGRAPH));
        if (declared != null) {
            return declared;
        }
        for (String key : AUTHOR_META) {
            Sourced<List<String>> named = ofNullable(names(meta.get(key)), Provenance.META);
            if (named != null) {
                return named;
            }
        }
        Element byline = firstByline(page.body());
        return byline == null ? null : ofNullable(names(BylineElement.text(byline)), Provenance.BODY);
    }

    /** The first visible byline in page order; the walk stops there rather than listing the whole body first. */
    private static Element firstByline(Element body) {
        Element[] found = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && BylineElement.isByline(element)) {
                    found[0] = element;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return found[0];
    }

    private static String canonicalUrl(MetadataElements elements) {
        Element canonical = elements.canonicalLink();
        if (canonical == null) {
            return null;
        }
        String url = ReferenceResolver.absolute(canonical, "href");
        return WebAddress.isWebUrl(url) ? url : null;
    }

    /** The reference resolved, when it is an http(s) URL ({@link WebAddress#isWebUrl}, as for body links and images); else null. */
    private static String webUrl(String base, String reference) {
        String url = ReferenceResolver.resolve(base, reference);
        return WebAddress.isWebUrl(url) ? url : null;
    }

    private static String language(Document page, MetaTags meta) {
        Element html = page.firstElementChild();
        String lang = html == null ? "" : html.attr("lang");
        String declared = lang.isBlank() ? meta.get("og:locale") : lang;
        return declared == null || declared.isBlank() ? null : declared.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /** The dates the page declares in JSON-LD, meta tags and microdata, ranked ({@link DeclaredDates}). */
    private static PageDates dates(Document page, MetadataElements elements) {
        JsonLdDates jsonLd = JsonLdDates.of(elements.jsonLdScripts());
        Element html = page.firstElementChild();
        return DeclaredDates.of(elements.metaTags(), jsonLd.published(), jsonLd.modified(),
                elements.datePublished(), elements.dateModified(), html == null ? null : html.attr("lang"));
    }

    /** An author meta tag holds a byline or a profile URL; a URL is no name. */
    private static List<String> names(String byline) {
        return byline == null ? List.of() : AuthorNames.clean(List.of(byline));
    }
}

package dev.newsflow.enrich.extract.metadata;

import static dev.newsflow.enrich.extract.provenance.Sourced.firstOf;
import static dev.newsflow.enrich.extract.provenance.Sourced.ofNullable;

import dev.newsflow.enrich.extract.date.DeclaredDates;
import dev.newsflow.enrich.extract.date.PageDates;
import dev.newsflow.enrich.extract.provenance.Provenance;
import dev.newsflow.enrich.extract.provenance.Sourced;
import dev.newsflow.enrich.extract.url.ReferenceResolver;
import dev.newsflow.enrich.extract.url.WebAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a page's metadata (see {@link PageMetadata} for what and in which order of trust).
 * Stateless and thread-safe. It must run before the body extractor, which strips the
 * {@code <script>} and {@code <header>} elements some of this metadata lives in.
 */
public final class MetadataReader {

    /** Named creators in OpenGraph: the {@code article:} property, and the older {@code og:} spellings. */
    private static final String[] OPENGRAPH_AUTHOR = {"article:author", "og:article:author", "og:author"};
    /** Named creators in head metadata besides OpenGraph, in order of trust. */
    private static final String[] AUTHOR_META = {
        "dc:creator", "dcterm:creator", "dcterms:creator", "author", "parsely-author", "sailthru:author", "citation_author",
        "byl"};

    private final JsonLdReader jsonLd = new JsonLdReader();

    public PageMetadata read(Document page) {
        MetadataElements elements = MetadataElements.of(page);
        MetaTags meta = new MetaTags(elements.metaTags());
        JsonLdArticle article = jsonLd.read(elements.jsonLdTrees(), Arrays.asList(page.title(), meta.get("og:title")));
        Sourced<String> siteName = firstOf(
                ofNullable(meta.get("og:site_name"), Provenance.OPENGRAPH),
                ofNullable(article.publisherName(), Provenance.JSONLD));
        SiteNames site = SiteNames.of(page.location(),
                meta.get("og:site_name"), article.publisherName(), meta.get("application-name"));
        return new PageMetadata(
                title(page, elements, meta, article, siteName, site),
                firstOf(
                        ofNullable(meta.get("og:description"), Provenance.OPENGRAPH),
                        ofNullable(meta.get("description"), Provenance.META),
                        ofNullable(article.description(), Provenance.JSONLD)),
                siteName,
                canonicalUrl(elements),
                dates(page, elements),
                byline(page, meta, article, site),
                firstOf(
                        ofNullable(webUrl(page.location(), article.imageUrl()), Provenance.JSONLD),
                        ofNullable(webUrl(page.location(), meta.get("og:image")), Provenance.OPENGRAPH)),
                language(page, meta),
                article != JsonLdArticle.NONE
                        || "article".equalsIgnoreCase(meta.get("og:type"))
                        || meta.get("article:published_time") != null);
    }

    /**
     * JSON-LD, Dublin Core, OpenGraph, Twitter and Parse.ly name the headline on purpose, in that order
     * of trust; else {@code <title>}, without the site's name and section ({@link TitleTag}); the h1
     * of the article (the first h1 when none is inside an {@code article} or {@code main}) alone is
     * the last resort, since on many sites the first h1 is the site's logo. The chosen title loses
     * the site's name and section only where another candidate confirms the plain form
     * ({@link TitleChoice}), or where the page declares the site's name (og:site_name).
     */
    private static Sourced<String> title(Document page, MetadataElements elements, MetaTags meta, JsonLdArticle article,
                                         Sourced<String> siteName, SiteNames site) {
        Element h1 = elements.articleH1() != null ? elements.articleH1() : elements.firstH1();
        String heading = h1 == null ? "" : TitleChoice.decoded(h1.text());
        String headline = TitleChoice.decoded(article.headline());
        String dublinCore = TitleChoice.decoded(meta.first("dc:title", "dcterm:title", "dcterms:title"));
        String openGraph = TitleChoice.decoded(meta.get("og:title"));
        String social = TitleChoice.decoded(meta.first("twitter:title", "parsely-title"));
        String titleTag = TitleChoice.decoded(page.title());
        Sourced<String> agreed = TitleChoice.agreed(List.of(
                new TitleChoice.Candidate(headline, Provenance.JSONLD),
                new TitleChoice.Candidate(dublinCore, Provenance.META),
                new TitleChoice.Candidate(openGraph, Provenance.OPENGRAPH),
                // SEO plugins copy og:title into twitter:title: one voice, not a second that confirms it.
                new TitleChoice.Candidate(Objects.equals(social, openGraph) ? null : social, Provenance.META),
                new TitleChoice.Candidate(titleTag, Provenance.META),
                // A plain meta "headline" (some Korean and Japanese CMSs write one): last of the declared, a confirmation more than a source.
                new TitleChoice.Candidate(TitleChoice.decoded(meta.get("headline")), Provenance.META),
                new TitleChoice.Candidate(heading, Provenance.BODY)), site);
        if (agreed != null) {
            return agreed;
        }
        String declaredSite = siteName == null ? null : siteName.value();
        return firstOf(
                ofNullable(headline, Provenance.JSONLD),
                ofNullable(dublinCore, Provenance.META),
                ofNullable(withoutSiteName(openGraph, declaredSite), Provenance.OPENGRAPH),
                ofNullable(withoutSiteName(social, declaredSite), Provenance.META),
                ofNullable(TitleTag.headline(titleTag, declaredSite, heading), Provenance.META),
                ofNullable(heading, Provenance.BODY));
    }

    private static String withoutSiteName(String title, String siteName) {
        return title == null ? null : TitleTag.withoutSiteName(title, siteName);
    }

    /**
     * Who wrote the article: the first source that names a person, in order of trust (JSON-LD,
     * OpenGraph, Dublin Core and the other author meta tags, the visible byline); a name that is the
     * site's own, a desk of it, a JSON-LD {@code Organization} or a news agency is no person. When no
     * source names one, the first that names anyone: the page's own record that the site or an
     * agency wrote it. The agencies and sources the chosen byline credits come with it.
     */
    private static Sourced<Byline> byline(Document page, MetaTags meta, JsonLdArticle article, SiteNames site) {
        List<Sourced<Byline>> declared = new ArrayList<>();
        declared.add(new Sourced<>(AuthorNames.read(article.authors(), article.organisationAuthors(), site), Provenance.JSONLD));
        declared.add(new Sourced<>(AuthorNames.read(all(meta, OPENGRAPH_AUTHOR), site), Provenance.OPENGRAPH));
        // Each key on its own: a Dublin Core creator and a meta author that differ are two sources, not co-authors.
        for (String key : AUTHOR_META) {
            declared.add(new Sourced<>(AuthorNames.read(meta.all(key), site), Provenance.META));
        }
        Sourced<Byline> firstNamed = null;
        for (Sourced<Byline> byline : declared) {
            if (byline.value().namesAPerson()) {
                return byline;
            }
            if (firstNamed == null && !byline.value().names().isEmpty()) {
                firstNamed = byline;
            }
        }
        Byline visible = visibleByline(page.body(), site);
        if (visible.namesAPerson() || (firstNamed == null && !visible.names().isEmpty())) {
            return new Sourced<>(visible, Provenance.BODY);
        }
        return firstNamed;
    }

    /** The contents of the meta tags, every one of each key, in the order of the keys. */
    private static List<String> all(MetaTags meta, String... keys) {
        List<String> contents = new ArrayList<>();
        for (String key : keys) {
            contents.addAll(meta.all(key));
        }
        return contents;
    }

    /**
     * The first visible byline in page order that names anyone: an element marked as one
     * ({@link BylineElement#isByline}) or a text node that labels one ({@link BylineElement#labelledText}).
     * The walk stops there rather than listing the whole body first.
     */
    private static Byline visibleByline(Element body, SiteNames site) {
        Byline[] found = {Byline.NONE};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                String text = null;
                if (node instanceof Element element && BylineElement.isByline(element)) {
                    text = BylineElement.text(element);
                } else if (node instanceof TextNode textNode) {
                    text = BylineElement.labelledText(textNode);
                }
                if (text == null) {
                    return FilterResult.CONTINUE;
                }
                Byline byline = AuthorNames.read(List.of(text), site);
                if (byline.names().isEmpty()) {
                    return FilterResult.CONTINUE;
                }
                found[0] = byline;
                return FilterResult.STOP;
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
        JsonLdDates jsonLd = JsonLdDates.of(elements.jsonLdTrees());
        Element html = page.firstElementChild();
        return DeclaredDates.of(elements.metaTags(), jsonLd.published(), jsonLd.modified(),
                elements.datePublished(), elements.dateModified(), html == null ? null : html.attr("lang"));
    }
}

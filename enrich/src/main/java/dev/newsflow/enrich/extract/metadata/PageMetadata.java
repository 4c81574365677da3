package dev.newsflow.enrich.extract.metadata;

import dev.newsflow.enrich.extract.date.PageDates;
import dev.newsflow.enrich.extract.provenance.Sourced;
import java.util.List;

/**
 * What a page says about itself outside the article body: JSON-LD, OpenGraph, {@code <meta>},
 * {@code <title>}, {@code rel=canonical}, {@code <html lang>}, and its first {@code <h1>}. Each
 * field is null when the page does not say; a feed fragment usually says nothing.
 *
 * @param title        JSON-LD headline (or name), else dc:title, else og:title, else twitter:title /
 *                     parsely-title (social titles without the site's name), else {@code <title>} (cut to
 *                     the h1 it starts with, or without site name and section), else the article's h1;
 *                     without the site's name and section where another candidate (the h1, another
 *                     meta title) confirms the plain form: {@link TitleChoice}
 * @param description  og:description, else meta description, else JSON-LD description
 *                     (EnrichedArticle has no field for it yet; read for the summary field to come)
 * @param siteName     og:site_name, else the JSON-LD publisher's name
 * @param canonicalUrl the absolute {@code rel=canonical} URL
 * @param dates        the publication and modification dates declared in JSON-LD, OpenGraph, other
 *                     {@code <meta>} families and microdata, each in order of trust
 *                     ({@link dev.newsflow.enrich.extract.date.DeclaredDates})
 * @param byline       the names of the first source that names a person (JSON-LD, {@code article:author},
 *                     Dublin Core, meta author, Parse.ly, the visible byline: {@link BylineElement}), else of
 *                     the first that names anyone (the site, an agency); with the agencies it credits
 * @param imageUrl     the page's declared image (JSON-LD image, else og:image), an absolute http(s) URL
 * @param language     the declared language ({@code <html lang>}, else {@code og:locale})
 * @param declaresArticle whether the page says it is an article: a schema.org article in JSON-LD,
 *                     {@code og:type=article} or an {@code article:published_time}
 */
public record PageMetadata(
        Sourced<String> title,
        Sourced<String> description,
        Sourced<String> siteName,
        String canonicalUrl,
        PageDates dates,
        Sourced<Byline> byline,
        Sourced<String> imageUrl,
        String language,
        boolean declaresArticle) {

    /** The byline's authors ({@link Byline#authors}) with their source, or null. */
    public Sourced<List<String>> authors() {
        return byline == null ? null : new Sourced<>(byline.value().authors(), byline.provenance());
    }
}

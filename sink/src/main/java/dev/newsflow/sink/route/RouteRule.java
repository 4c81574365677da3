package dev.newsflow.sink.route;

import dev.newsflow.core.event.EnrichedArticle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One route: enriched events that match go, unchanged and under the same key, to {@code topic}.
 *
 * @param name  a name for logs and docs
 * @param topic the downstream topic
 * @param match what an event must have; every condition given must hold
 */
public record RouteRule(String name, String topic, Match match) {

    public RouteRule {
        if (name == null || name.isBlank() || topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("a route needs a name and a topic");
        }
        if (match == null || match.isEmpty()) {
            throw new IllegalArgumentException("route '" + name + "' matches nothing: give at least one condition "
                    + "(a catch-all is the default route)");
        }
    }

    public boolean matches(EnrichedArticle article) {
        return match.test(article);
    }

    /**
     * Conditions on an event; null means "any". Tags and scripts compare case-insensitively, as BCP 47 does.
     *
     * @param language       the document language tag exactly, e.g. {@code zh-Hant}
     * @param languagePrefix the tag or a leading part of it by whole subtags: {@code zh} takes {@code zh},
     *                       {@code zh-Hant} and {@code zh-Hans-CN}, not {@code zhx}
     * @param script         the script subtag of the document tag, e.g. {@code Hant}, {@code Latn}
     * @param site           the site or publisher exactly
     * @param sourceId       the id of the source the raw article came from
     * @param titleRegex     a regular expression found anywhere in the title
     */
    public record Match(String language, String languagePrefix, String script, String site, String sourceId,
                        Pattern titleRegex) {

        boolean isEmpty() {
            return language == null && languagePrefix == null && script == null && site == null && sourceId == null
                    && titleRegex == null;
        }

        boolean test(EnrichedArticle article) {
            String tag = article.language() == null ? null : article.language().tag();
            return (language == null || language.equalsIgnoreCase(tag))
                    && (languagePrefix == null || hasPrefix(tag, languagePrefix))
                    && (script == null || script.equalsIgnoreCase(scriptOf(tag)))
                    && (site == null || site.equals(article.site()))
                    && (sourceId == null || (article.source() != null && sourceId.equals(article.source().id())))
                    && (titleRegex == null || (article.title() != null && titleRegex.matcher(article.title()).find()));
        }

        private static boolean hasPrefix(String tag, String prefix) {
            if (tag == null) {
                return false;
            }
            String t = tag.toLowerCase(Locale.ROOT);
            String p = prefix.toLowerCase(Locale.ROOT);
            return t.equals(p) || t.startsWith(p + "-");
        }

        private static String scriptOf(String tag) {
            return tag == null ? null : Objects.toString(Locale.forLanguageTag(tag).getScript(), "");
        }
    }
}

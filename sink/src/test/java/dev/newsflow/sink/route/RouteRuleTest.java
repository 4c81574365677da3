package dev.newsflow.sink.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.sink.jdbc.SampleArticles;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RouteRuleTest {

    private static RouteRule rule(RouteRule.Match match) {
        return new RouteRule("r", "t", match);
    }

    @Test
    void shouldMatchALanguageTagExactlyIgnoringCase() {
        RouteRule rule = rule(new RouteRule.Match("zh-Hant", null, null, null, null, null));

        assertThat(rule.matches(SampleArticles.inLanguage("a", "zh-hant", "t"))).isTrue();
        assertThat(rule.matches(SampleArticles.inLanguage("a", "zh-Hans", "t"))).isFalse();
    }

    @Test
    void shouldMatchALanguagePrefixByWholeSubtags() {
        RouteRule rule = rule(new RouteRule.Match(null, "zh", null, null, null, null));

        assertThat(rule.matches(SampleArticles.inLanguage("a", "zh", "t"))).isTrue();
        assertThat(rule.matches(SampleArticles.inLanguage("a", "zh-Hans-CN", "t"))).isTrue();
        assertThat(rule.matches(SampleArticles.inLanguage("a", "zhx", "t"))).isFalse();
        assertThat(rule.matches(SampleArticles.inLanguage("a", "en", "t"))).isFalse();
    }

    @Test
    void shouldMatchTheScriptSubtagOfTheDocumentTag() {
        RouteRule rule = rule(new RouteRule.Match(null, null, "Hant", null, null, null));

        assertThat(rule.matches(SampleArticles.inLanguage("a", "zh-Hant", "t"))).isTrue();
        assertThat(rule.matches(SampleArticles.inLanguage("a", "yue-Hant-HK", "t"))).isTrue();
        assertThat(rule.matches(SampleArticles.inLanguage("a", "zh", "t"))).isFalse();
    }

    @Test
    void shouldRequireEveryGivenConditionSiteSourceAndTitle() {
        RouteRule rule = rule(new RouteRule.Match(null, null, null, "news.example.org", "archive", Pattern.compile("(?i)harbour")));

        assertThat(rule.matches(SampleArticles.article("a", 1, "The Harbour reopens"))).isTrue();
        assertThat(rule.matches(SampleArticles.article("a", 1, "Bridge closes"))).isFalse();
        assertThat(rule(new RouteRule.Match(null, null, null, "other.example", null, null))
                .matches(SampleArticles.article("a", 1, "The Harbour reopens"))).isFalse();
        assertThat(rule(new RouteRule.Match(null, null, null, null, "rss-1", null))
                .matches(SampleArticles.article("a", 1, "The Harbour reopens"))).isFalse();
    }

    @Test
    void shouldRefuseARuleWithoutConditionsOrTopic() {
        assertThatThrownBy(() -> rule(new RouteRule.Match(null, null, null, null, null, null)))
                .hasMessageContaining("default route");
        assertThatThrownBy(() -> new RouteRule("r", null, new RouteRule.Match("en", null, null, null, null, null)))
                .hasMessageContaining("topic");
    }

    @Test
    void shouldSendToEveryMatchingTopicOnceAndToTheDefaultOnlyWhenNothingMatches() {
        RoutingRules rules = new RoutingRules(List.of(
                new RouteRule("hant", "news.zh-hant", new RouteRule.Match("zh-Hant", null, null, null, null, null)),
                new RouteRule("zh", "news.zh", new RouteRule.Match(null, "zh", null, null, null, null)),
                new RouteRule("zh-again", "news.zh", new RouteRule.Match(null, null, "Hant", null, null, null))),
                "news.other");

        assertThat(rules.topicsFor(SampleArticles.inLanguage("a", "zh-Hant", "t"))).containsExactly("news.zh-hant", "news.zh");
        assertThat(rules.topicsFor(SampleArticles.inLanguage("a", "en", "t"))).containsExactly("news.other");
        assertThat(new RoutingRules(rules.routes(), null).topicsFor(SampleArticles.inLanguage("a", "en", "t"))).isEmpty();
        assertThat(rules.topics()).containsExactly("news.zh-hant", "news.zh", "news.other");
    }
}

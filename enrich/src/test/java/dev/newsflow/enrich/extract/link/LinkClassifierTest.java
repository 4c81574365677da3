package dev.newsflow.enrich.extract.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.EnrichedArticle.Link;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkClassifierTest {

    private final LinkClassifier classifier = new LinkClassifier("https://www.example.org/news/a-1");

    @Test
    void shouldMarkLinksThePublisherCallsRelated() {
        assertThat(classifier.classify(new Anchor("https://api.example.org/article/2", "More", Set.of("articleref"))))
                .isEqualTo(new Link("https://api.example.org/article/2", "More", "related"));
    }

    @Test
    void shouldTellInternalFromExternalLinks() {
        assertThat(classifier.classify(new Anchor("https://example.org/news/b", "b", Set.of())).kind()).isEqualTo("internal");
        assertThat(classifier.classify(new Anchor("https://video.example.org/c", "c", Set.of())).kind()).isEqualTo("internal");
        assertThat(classifier.classify(new Anchor("https://other.example.net/d", "d", Set.of("nofollow"))).kind()).isEqualTo("external");
    }

    @Test
    void shouldDropLinksThatAreNotWebPages() {
        assertThat(classifier.classify(new Anchor("mailto:desk@example.org", "mail", Set.of()))).isNull();
        assertThat(classifier.classify(new Anchor("javascript:void(0)", "js", Set.of()))).isNull();
    }
}

package dev.newsflow.enrich.extract.body.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FurnitureNameTest {

    @Test
    void shouldKnowFurnitureByAWholePartOfItsClassName() {
        assertThat(named("class", "c-ad--bigbox")).isTrue();
        assertThat(named("class", "NewsletterBox_root__rh9I2")).isTrue();
        assertThat(named("class", "article-social-holder")).isTrue();
        assertThat(named("class", "story relatedArticles")).isTrue();
        assertThat(named("class", "author-bio")).isTrue();
        assertThat(named("class", "Article_elementPoll__0I_DP")).isTrue();
        assertThat(named("class", "caja-relacionadas")).isTrue();
        assertThat(named("id", "comments")).isTrue();
    }

    @Test
    void shouldNotReadAWordInsideAnotherWordOrAGeneratedName() {
        assertThat(named("class", "header shadow load-more")).isFalse();
        assertThat(named("class", "styles_article__Ee5Ad")).isFalse();
        assertThat(named("id", "block-id-n1AuAdJlVL")).isFalse();
        assertThat(named("class", "article__teaser")).isFalse();
        assertThat(named("class", "paywall")).isFalse();
    }

    @Test
    void shouldTakeAnIdOfManyPartsForASlugOfAHeading() {
        assertThat(named("id", "sharing-with-a-single-developer")).isFalse();
        assertThat(named("id", "share-this-story-now")).isFalse();
        assertThat(named("id", "article-share")).isTrue();
    }

    private static boolean named(String attribute, String value) {
        return FurnitureName.isFurniture(new Element("div").attr(attribute, value));
    }
}

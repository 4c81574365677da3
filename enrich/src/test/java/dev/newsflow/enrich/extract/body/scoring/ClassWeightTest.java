package dev.newsflow.enrich.extract.body.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassWeightTest {

    @Test
    void shouldWeighClassAndIdNamesThatSayContentOrFurniture() {
        assertThat(ClassWeight.of(new Element("div").attr("class", "Article-Body"))).isEqualTo(ClassWeight.WEIGHT);
        assertThat(ClassWeight.of(new Element("div").attr("class", "sidebar promo"))).isEqualTo(-ClassWeight.WEIGHT);
        assertThat(ClassWeight.of(new Element("div").attr("class", "post").attr("id", "comments"))).isZero();
        assertThat(ClassWeight.of(new Element("div"))).isZero();
    }

    @Test
    void shouldRecogniseShareBarsByWholeWord() {
        assertThat(ClassWeight.named(new Element("div").attr("class", "social_share_bar"), ClassWeight.SHARE)).isTrue();
        assertThat(ClassWeight.named(new Element("div").attr("class", "shared-costs"), ClassWeight.SHARE)).isFalse();
    }

    @Test
    void shouldFindFurnitureNamesInClassOrIdWhateverTheirCase() {
        assertThat(ClassWeight.named(new Element("div").attr("id", "Main-SIDEBAR"), ClassWeight.UNLIKELY)).isTrue();
        assertThat(ClassWeight.named(new Element("div").attr("class", "story").attr("id", "comments"), ClassWeight.UNLIKELY)).isTrue();
        assertThat(ClassWeight.named(new Element("div").attr("class", "story body"), ClassWeight.UNLIKELY)).isFalse();
    }
}

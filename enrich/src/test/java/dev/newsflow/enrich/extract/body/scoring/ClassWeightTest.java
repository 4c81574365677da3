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
        assertThat(ClassWeight.SHARE.foundIn(ClassWeight.names(new Element("div").attr("class", "social_share_bar")))).isTrue();
        assertThat(ClassWeight.SHARE.foundIn(ClassWeight.names(new Element("div").attr("class", "shared-costs")))).isFalse();
    }
}

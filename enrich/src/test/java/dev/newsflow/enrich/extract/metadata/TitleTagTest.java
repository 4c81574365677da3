package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleTagTest {

    @Test
    void shouldCutTheLastSegmentWhenTheHeadlineBeforeItHasWords() {
        assertThat(TitleTag.headline("Lorem ipsum dolor sit amet – My website", null, "")).isEqualTo("Lorem ipsum dolor sit amet");
        assertThat(TitleTag.headline("Ferry returns for winter | Coast News", null, "")).isEqualTo("Ferry returns for winter");
    }

    @Test
    void shouldCutTheFirstSegmentWhenTheSiteNameComesFirst() {
        assertThat(TitleTag.headline("Coast » Ferry returns for winter", null, "")).isEqualTo("Ferry returns for winter");
    }

    @Test
    void shouldKeepATitleThatIsTooShortToCut() {
        assertThat(TitleTag.headline("Home - Coast", null, "")).isEqualTo("Home - Coast");
        assertThat(TitleTag.headline("A well-known rule-of-thumb", null, "")).isEqualTo("A well-known rule-of-thumb");
    }

    @Test
    void shouldPreferTheKnownSiteNameAndTheH1ThatStartsTheTitle() {
        assertThat(TitleTag.headline("Ferry - returns | Coast News", "Coast News", "")).isEqualTo("Ferry - returns");
        assertThat(TitleTag.headline("Ferry returns - Coast", null, "Ferry returns")).isEqualTo("Ferry returns");
    }
}

package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineTest {

    @Test
    void shouldGiveThePersonsAndTheAgencyBesideThemAsAuthors() {
        Byline byline = new Byline(List.of("Anna Schmidt", "dpa"), List.of("Anna Schmidt"), List.of("dpa"));

        assertThat(byline.namesAPerson()).isTrue();
        assertThat(byline.authors()).containsExactly("Anna Schmidt", "dpa");
    }

    @Test
    void shouldGiveWhoeverItNamesWhenItNamesNoPerson() {
        Byline byline = new Byline(List.of("dpa"), List.of(), List.of("dpa"));

        assertThat(byline.namesAPerson()).isFalse();
        assertThat(byline.authors()).containsExactly("dpa");
        assertThat(Byline.NONE.authors()).isEmpty();
    }
}

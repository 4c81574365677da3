package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    @Test
    void shouldSplitBylinesIntoPersonNames() {
        assertThat(AuthorNames.clean(List.of("By Jane Roe and John Doe"))).containsExactly("Jane Roe", "John Doe");
        assertThat(AuthorNames.clean(List.of("Von Erika Muster und Max Beispiel"))).containsExactly("Erika Muster", "Max Beispiel");
        assertThat(AuthorNames.clean(List.of("记者：王小明、李华"))).containsExactly("王小明", "李华");
    }

    @Test
    void shouldTakeTheNameFromAnRssAuthorEmail() {
        assertThat(AuthorNames.clean(List.of("desk@example.org (Jane Roe)"))).containsExactly("Jane Roe");
    }

    @Test
    void shouldDropProfileUrlsAddressesAndDuplicates() {
        assertThat(AuthorNames.clean(List.of("https://example.org/authors/jane", "desk@example.org", "Jane Roe", "Jane Roe")))
                .containsExactly("Jane Roe");
    }
}

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

    @Test
    void shouldCutDatesRolesAndProfileLinksOutOfBylines() {
        assertThat(AuthorNames.clean(List.of("By Nathan Willis\n   March 25, 2015"))).containsExactly("Nathan Willis");
        assertThat(AuthorNames.clean(List.of("by Lucas Nolan22 Dec 2016651"))).containsExactly("Lucas Nolan");
        assertThat(AuthorNames.clean(List.of("Written by Rob Roe Edited by Betsy Doe"))).containsExactly("Rob Roe");
        assertThat(AuthorNames.clean(List.of("Bradley Kuhn (http://example.org/bkuhn/)"))).containsExactly("Bradley Kuhn");
        assertThat(AuthorNames.clean(List.of("Par Sébastien Farcis"))).containsExactly("Sébastien Farcis");
        assertThat(AuthorNames.clean(List.of("Posted by Jane Roe | Updated 3:46 PM"))).containsExactly("Jane Roe");
    }

    @Test
    void shouldRejectASentenceInAnAuthorField() {
        assertThat(AuthorNames.clean(List.of("Follow us on all the social networks where we post news every day"))).isEmpty();
    }
}

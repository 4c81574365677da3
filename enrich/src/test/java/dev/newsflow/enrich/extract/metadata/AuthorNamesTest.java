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
    void shouldDropAFieldWrittenLikeCodeWholeRatherThanStripItIntoAName() {
        assertThat(AuthorNames.clean(List.of("'); DROP TABLE article_images;--"))).isEmpty();
        assertThat(AuthorNames.clean(List.of("Robert\"); DELETE FROM articles WHERE 1=1;--"))).isEmpty();
        assertThat(AuthorNames.clean(List.of("{{ author.name }}", "${author}", "<script>alert(1)</script>", "`whoami`"))).isEmpty();
        assertThat(AuthorNames.clean(List.of("Jane Roe (Reuters", "Jane Roe] and John Doe", "\"Jane Roe", "Jane Roe'"))).isEmpty();
    }

    @Test
    void shouldKeepNamesWithApostrophesQuotesBracketsAndSeparators() {
        assertThat(AuthorNames.clean(List.of("By Conan O'Brien; N’Golo Kanté")))
                .containsExactly("Conan O'Brien", "N’Golo Kanté");
        assertThat(AuthorNames.clean(List.of("Jane \"JJ\" Roe", "Erika „Eri“ Muster", "Max 'Maxi' Beispiel")))
                .containsExactly("Jane \"JJ\" Roe", "Erika „Eri“ Muster", "Max 'Maxi' Beispiel");
        assertThat(AuthorNames.clean(List.of("Jane Roe <jane@example.org>", "John Doe (https://example.org/?id=7)")))
                .containsExactly("Jane Roe", "John Doe");
        assertThat(AuthorNames.clean(List.of("记者 王小明（北京）"))).containsExactly("王小明（北京）");
    }

    @Test
    void shouldRejectASentenceInAnAuthorField() {
        assertThat(AuthorNames.clean(List.of("Follow us on all the social networks where we post news every day"))).isEmpty();
    }
}

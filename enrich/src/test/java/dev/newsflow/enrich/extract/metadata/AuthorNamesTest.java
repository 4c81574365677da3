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
        // The place in parentheses is where the reporter filed from, not part of the name.
        assertThat(AuthorNames.clean(List.of("记者 王小明（北京）"))).containsExactly("王小明");
    }

    @Test
    void shouldRejectASentenceInAnAuthorField() {
        assertThat(AuthorNames.clean(List.of("Follow us on all the social networks where we post news every day"))).isEmpty();
    }

    @Test
    void shouldStripLabelsInTheMajorLanguagesEvenGluedToTheName() {
        assertThat(AuthorNames.clean(List.of("Veröffentlicht vonChris Jung"))).containsExactly("Chris Jung");
        assertThat(AuthorNames.clean(List.of("Autor: Jan Roe"))).containsExactly("Jan Roe");
        assertThat(AuthorNames.clean(List.of("por María Roe"))).containsExactly("María Roe");
        assertThat(AuthorNames.clean(List.of("作者：茉莉"))).containsExactly("茉莉");
        assertThat(AuthorNames.clean(List.of("文/王小明"))).containsExactly("王小明");
        assertThat(AuthorNames.clean(List.of("2005-05-07 来源：本站 作者：茉莉 编辑：李四"))).containsExactly("茉莉");
    }

    @Test
    void shouldDropLinksWeekdaysAndRolesGluedToTheName() {
        assertThat(AuthorNames.clean(List.of("Johanna Roe Alle Artikel"))).containsExactly("Johanna Roe");
        assertThat(AuthorNames.clean(List.of("Johanna RoeAlle Artikel"))).containsExactly("Johanna Roe");
        assertThat(AuthorNames.clean(List.of("（记者 李华 张伟）"))).containsExactly("李华", "张伟");
        assertThat(AuthorNames.clean(List.of("Tomas Spahn Fr"))).containsExactly("Tomas Spahn");
        assertThat(AuthorNames.clean(List.of("Jane Roe, Staff Writer"))).containsExactly("Jane Roe");
        assertThat(AuthorNames.clean(List.of("Guardian staff reporter"))).containsExactly("Guardian staff reporter");
        assertThat(AuthorNames.clean(List.of("By Jane Roe, in Politics"))).containsExactly("Jane Roe");
        assertThat(AuthorNames.clean(List.of("By Example News, in"))).containsExactly("Example News");
        assertThat(AuthorNames.clean(List.of("Krautreporter"))).containsExactly("Krautreporter");
        assertThat(AuthorNames.clean(List.of("Bruno (Henrique Roe) Rodrigues"))).containsExactly("Bruno (Henrique Roe) Rodrigues");
        assertThat(AuthorNames.clean(List.of("人氣(239"))).isEmpty();
        assertThat(AuthorNames.clean(List.of("신현주 기자"))).containsExactly("신현주");
    }

    @Test
    void shouldSplitSeveralAuthorsButReadSurnameCommaGivenNameAsOne() {
        assertThat(AuthorNames.clean(List.of("By Jane Roe, John Doe and Ann Poe"))).containsExactly("Jane Roe", "John Doe", "Ann Poe");
        assertThat(AuthorNames.clean(List.of("记者 李华 张伟"))).containsExactly("李华", "张伟");
        assertThat(AuthorNames.clean(List.of("Brazil, Rachel"))).containsExactly("Rachel Brazil");
        // Two Han words with no label are one Japanese name, family name and given name.
        assertThat(AuthorNames.clean(List.of("大渡 美咲"))).containsExactly("大渡 美咲");
    }

    @Test
    void shouldKeepAgenciesAsCreditsAndTellPersonsFromTheSiteAndItsDesks() {
        SiteNames site = SiteNames.of("https://www.br24.de/a", "BR24");

        Byline withAgency = AuthorNames.read(List.of("Von Anna Schmidt, dpa"), site);
        assertThat(withAgency.persons()).containsExactly("Anna Schmidt");
        assertThat(withAgency.credits()).containsExactly("dpa");

        Byline chinese = AuthorNames.read(List.of("来源：新华社 作者：茉莉"), SiteNames.NONE);
        assertThat(chinese.persons()).containsExactly("茉莉");
        assertThat(chinese.credits()).containsExactly("新华社");

        assertThat(AuthorNames.read(List.of("David Roe, BR24 Franken"), site).authors()).containsExactly("David Roe");

        assertThat(AuthorNames.read(List.of("SID Nachrichtenagentur"), site).credits()).containsExactly("SID");
        assertThat(AuthorNames.read(List.of("amw"), site).namesAPerson()).isFalse();
        assertThat(AuthorNames.read(List.of("amw"), site).authors()).containsExactly("amw");

        Byline desk = AuthorNames.read(List.of("BR24 Redaktion"), site);
        assertThat(desk.namesAPerson()).isFalse();
        assertThat(desk.authors()).containsExactly("BR24 Redaktion");
        assertThat(AuthorNames.read(List.of("BR24.de"), site).namesAPerson()).isFalse();
    }

    @Test
    void shouldCountDeclaredOrganisationsAsNoPerson() {
        Byline beside = AuthorNames.read(List.of("Priya Shah"), List.of("Riverside Courier"), SiteNames.NONE);
        assertThat(beside.authors()).containsExactly("Priya Shah");

        Byline alone = AuthorNames.read(List.of(), List.of("Riverside Courier"), SiteNames.NONE);
        assertThat(alone.namesAPerson()).isFalse();
        assertThat(alone.authors()).containsExactly("Riverside Courier");
    }

    @Test
    void shouldNotTakeABadgeOrAJobForAName() {
        assertThat(AuthorNames.read(List.of("capital von Jane Roe"), SiteNames.NONE).persons()).containsExactly("Jane Roe");
        assertThat(AuthorNames.read(List.of("Directeur de l’innovation"), SiteNames.NONE).namesAPerson()).isFalse();
    }
}

package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteNamesTest {

    @Test
    void shouldKnowTheSiteByItsDeclaredNameAndItsHostWhateverTheCaseAndDots() {
        SiteNames site = SiteNames.of("https://www.stern.example/politik/a.html", "STERN.example");

        assertThat(site.isSite("stern.example")).isTrue();
        assertThat(site.isSite("Stern Example")).isTrue();
        assertThat(site.isSite("stern")).isTrue();
        assertThat(site.isSite("Jane Roe")).isFalse();
    }

    @Test
    void shouldFindTheSiteNamedAsAWordOrByItsDomainInsideLongerText() {
        SiteNames site = SiteNames.of("https://www.tageszeitung.example/a", "Die Neue Tageszeitung");

        assertThat(site.isNamedIn("Die Neue Tageszeitung")).isTrue();
        assertThat(site.isNamedIn("Abo | tageszeitung")).isTrue();
        assertThat(site.isNamedIn("Lokales aus der Region")).isFalse();
    }

    @Test
    void shouldKnowANameWithUmlautsByTheHostThatSpellsThemOut() {
        SiteNames site = SiteNames.of("https://www.boersen-zeitung.example/maerkte/a.html");

        assertThat(site.isNamedIn("Steigende Zinsen | Börsen-Zeitung")).isTrue();
        assertThat(site.isSite("Börsen-Zeitung")).isTrue();
    }

    @Test
    void shouldTellADeskOfThePublisherByItsLeadingSiteName() {
        SiteNames site = SiteNames.of("https://www.br24.example/a", "BR24");

        assertThat(site.startsWithSite("BR24 Redaktion")).isTrue();
        assertThat(site.startsWithSite("Anna BR24")).isFalse();
        assertThat(site.startsWithSite("BR24")).isFalse();
    }

    @Test
    void shouldNameNothingWithoutAUrlOrADeclaredName() {
        assertThat(SiteNames.of(null, (String) null).isSite("Anything")).isFalse();
        assertThat(SiteNames.NONE.isNamedIn("Anything")).isFalse();
    }
}

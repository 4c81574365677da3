package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.extract.provenance.Provenance;
import dev.newsflow.enrich.extract.provenance.Sourced;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleChoiceTest {

    private static final SiteNames SITE = SiteNames.of("https://www.tagblatt.example/a", "Seetaler Tagblatt");

    @Test
    void shouldDropTheSiteSuffixWhenTheH1ConfirmsThePlainHeadline() {
        Sourced<String> title = TitleChoice.agreed(List.of(
                meta("Hallenbad öffnet wieder | Seetaler Tagblatt"),
                h1("Hallenbad öffnet wieder")), SITE);

        assertThat(title).isEqualTo(new Sourced<>("Hallenbad öffnet wieder", Provenance.BODY));
    }

    @Test
    void shouldLookThroughASiteAndASectionBeforeTheHeadline() {
        Sourced<String> title = TitleChoice.agreed(List.of(
                meta("tagblatt.example - News - Neue Hütte am Pass eröffnet und bewirtet"),
                new TitleChoice.Candidate("Neue Hütte am Pass eröffnet und bewirtet", Provenance.OPENGRAPH)), SITE);

        assertThat(title).isEqualTo(new Sourced<>("Neue Hütte am Pass eröffnet und bewirtet", Provenance.OPENGRAPH));
    }

    @Test
    void shouldDropInvisibleBreakHintsButKeepJoiners() {
        assertThat(TitleChoice.decoded("Ein bisschen Fortschritt\u200B")).isEqualTo("Ein bisschen Fortschritt");
        assertThat(TitleChoice.decoded("Helikopter\u00ADlandeplatz\u2060 geplant")).isEqualTo("Helikopterlandeplatz geplant");
        // The zero-width joiner makes one emoji of two; the non-joiner shapes Persian words.
        assertThat(TitleChoice.decoded("Familie \uD83D\uDC68\u200D\uD83D\uDC69 und می\u200Cخواهم"))
                .isEqualTo("Familie \uD83D\uDC68\u200D\uD83D\uDC69 und می\u200Cخواهم");
    }

    @Test
    void shouldKeepASectionThatNoTitleShowsBesideTheSiteName() {
        assertThat(TitleChoice.agreed(List.of(
                new TitleChoice.Candidate("Hallenbad öffnet wieder | Sport", Provenance.JSONLD),
                new TitleChoice.Candidate("Hallenbad öffnet wieder", Provenance.OPENGRAPH)), SITE)).isNull();
    }

    @Test
    void shouldDropASiteNameWrittenOnWithoutSpaces() {
        SiteNames korean = SiteNames.of("https://www.ilbo.example/news/1", "한국일보");
        Sourced<String> title = TitleChoice.agreed(List.of(
                new TitleChoice.Candidate("장동혁, 제명했지만… 부담 커졌다-정치ㅣ한국일보", Provenance.OPENGRAPH),
                meta("장동혁, 제명했지만… 부담 커졌다")), korean);

        assertThat(title).isEqualTo(new Sourced<>("장동혁, 제명했지만… 부담 커졌다", Provenance.META));
        // A hyphen inside the headline is no separator: what follows it names no site.
        assertThat(TitleChoice.agreed(List.of(meta("Covid-19 cases rise again"), h1("Covid")), korean)).isNull();
    }

    @Test
    void shouldChooseNothingWhenTheMostTrustedCandidateWrapsNoOther() {
        assertThat(TitleChoice.agreed(List.of(meta("Budget talks: what the council agreed")), SITE)).isNull();
        assertThat(TitleChoice.agreed(List.of(meta("An SEO title for the search engines"), h1("The headline")), SITE)).isNull();
        // Already plain: nothing to take off.
        assertThat(TitleChoice.agreed(List.of(h1("Hallenbad öffnet wieder"), meta("Hallenbad öffnet wieder | Seetaler Tagblatt")), SITE))
                .isNull();
    }

    @Test
    void shouldKeepDressingThatDoesNotNameTheSite() {
        // "| Eleanor Roe" is the author, "| eHow" a site the page does not name: no candidate confirms a cut.
        assertThat(TitleChoice.agreed(List.of(meta("Whales strand on the coast again | Eleanor Roe"), h1("Whales strand on the coast again")), SITE))
                .isNull();
    }

    @Test
    void shouldNotCutAHeadlineToAnH1ThatIsAHeadlineOfItsOwn() {
        // What the title adds is longer than the h1: the h1 is a page name, not the plain headline.
        assertThat(TitleChoice.agreed(List.of(
                meta("Evolve: Shared Mutable History — evolve extension for a version control tool"),
                h1("Evolve")), SITE)).isNull();
    }

    @Test
    void shouldNotCutToAPlainFormShorterThanWhatTheCutTakesOff() {
        assertThat(TitleChoice.agreed(List.of(meta("A walk in the autumn hills @ Jane's Tagblatt diary :: Seetaler Tagblatt ::"),
                h1("Seetaler Tagblatt ::")), SITE)).isNull();
    }

    @Test
    void shouldSkipTheSiteNameAsACandidate() {
        assertThat(TitleChoice.agreed(List.of(meta("Seetaler Tagblatt"), h1("Seetaler Tagblatt")), SITE)).isNull();
    }

    @Test
    void shouldDecodeEntitiesLeftInMetaTitles() {
        assertThat(TitleChoice.decoded("Br&uuml;cke &quot;Nord&quot;\n  wird gesperrt")).isEqualTo("Brücke \"Nord\" wird gesperrt");
    }

    @Test
    void shouldCompareTitlesIgnoringCasePunctuationAndFormatCharacters() {
        assertThat(TitleChoice.key("Haus\u00ADbau – JETZT!")).isEqualTo(TitleChoice.key("hausbau jetzt"));
    }

    private static TitleChoice.Candidate meta(String text) {
        return new TitleChoice.Candidate(text, Provenance.META);
    }

    private static TitleChoice.Candidate h1(String text) {
        return new TitleChoice.Candidate(text, Provenance.BODY);
    }
}

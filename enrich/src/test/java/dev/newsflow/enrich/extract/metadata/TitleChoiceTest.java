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

package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.extract.Provenance;
import dev.newsflow.enrich.extract.Sourced;
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
                new TitleChoice.Candidate("Neue Hütte am Pass eröffnet", Provenance.OPENGRAPH, false),
                meta("tagblatt.example - Outdoornews - Neue Hütte am Pass eröffnet")), SITE);

        assertThat(title).isEqualTo(new Sourced<>("Neue Hütte am Pass eröffnet", Provenance.OPENGRAPH));
    }

    @Test
    void shouldChooseNothingWhenNoTwoCandidatesAgree() {
        assertThat(TitleChoice.agreed(List.of(meta("Budget talks: what the council agreed")), SITE)).isNull();
        assertThat(TitleChoice.agreed(List.of(meta("An SEO title for the search engines"), h1("The headline")), SITE)).isNull();
    }

    @Test
    void shouldNotCutAHeadlineToAnH1ThatIsAHeadlineOfItsOwn() {
        // What the title adds is longer than the h1: the h1 is a page name, not the plain headline.
        assertThat(TitleChoice.agreed(List.of(
                meta("Evolve: Shared Mutable History — evolve extension for a version control tool"),
                h1("Evolve")), SITE)).isNull();
    }

    @Test
    void shouldSkipTheSiteNameAsACandidate() {
        assertThat(TitleChoice.agreed(List.of(meta("Seetaler Tagblatt"), h1("Seetaler Tagblatt")), SITE)).isNull();
    }

    @Test
    void shouldDecodeEntitiesLeftInMetaTitlesBeforeComparing() {
        Sourced<String> title = TitleChoice.agreed(List.of(
                meta("Br&uuml;cke &quot;Nord&quot; wird gesperrt"),
                h1("Brücke \"Nord\" wird gesperrt")), SITE);

        assertThat(title.value()).isEqualTo("Brücke \"Nord\" wird gesperrt");
    }

    @Test
    void shouldCompareTitlesIgnoringCasePunctuationAndFormatCharacters() {
        assertThat(TitleChoice.key("Haus\u00ADbau – JETZT!")).isEqualTo(TitleChoice.key("hausbau jetzt"));
    }

    private static TitleChoice.Candidate meta(String text) {
        return new TitleChoice.Candidate(text, Provenance.META, false);
    }

    private static TitleChoice.Candidate h1(String text) {
        return new TitleChoice.Candidate(text, Provenance.BODY, true);
    }
}

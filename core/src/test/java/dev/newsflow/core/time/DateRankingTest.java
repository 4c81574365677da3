package dev.newsflow.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.time.DateRanking.Candidate;
import dev.newsflow.core.time.DateRanking.Choice;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRankingTest {

    private static final Instant FETCHED = Instant.parse("2024-05-03T18:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static WrittenDate zoneless(String local) {
        return new WrittenDate(LocalDateTime.parse(local), null, true);
    }

    private static WrittenDate zoned(String local, String offset) {
        return new WrittenDate(LocalDateTime.parse(local), ZoneOffset.of(offset), true);
    }

    private static WrittenDate day(String date) {
        return new WrittenDate(LocalDateTime.parse(date + "T00:00"), null, false);
    }

    private static Choice<String> choose(DateRanking<String> ranking, WrittenDate... dates) {
        List<Candidate<String>> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            candidates.add(new Candidate<>(dates[i], "source" + i));
        }
        return ranking.choose(candidates);
    }

    @Test
    void shouldTakeTheMostTrustedCandidate() {
        Choice<String> choice = choose(new DateRanking<>(FETCHED, List.of(), null, null),
                zoned("2024-05-02T10:00", "+02:00"), zoned("2024-05-01T10:00", "+02:00"));

        assertThat(choice).isEqualTo(new Choice<>(Instant.parse("2024-05-02T08:00:00Z"), "source0", false));
    }

    @Test
    void shouldPassOverCandidatesAfterTheFetchTimeOrBefore1995() {
        DateRanking<String> ranking = new DateRanking<>(FETCHED, List.of(), null, null);

        assertThat(choose(ranking, zoned("2024-05-03T20:30", "Z"), zoned("1990-01-01T00:00", "Z"), zoned("2024-05-03T12:00", "Z")))
                .isEqualTo(new Choice<>(Instant.parse("2024-05-03T12:00:00Z"), "source2", false));
        assertThat(choose(ranking, day("2024-05-05"), day("1994-12-31"))).isNull();
    }

    @Test
    void shouldAllowASmallSkewAndTheDayAheadOfUtcElsewhere() {
        DateRanking<String> ranking = new DateRanking<>(FETCHED, List.of(), null, null);

        assertThat(choose(ranking, zoned("2024-05-03T18:40", "Z")).source()).isEqualTo("source0");
        assertThat(choose(ranking, day("2024-05-04")).source()).isEqualTo("source0");
        // A wall time without zone may run up to 14 hours ahead of UTC.
        assertThat(choose(ranking, zoneless("2024-05-04T03:00")).source()).isEqualTo("source0");
    }

    @Test
    void shouldTakeTheOffsetOfTheSameWallTimeElsewhereOnThePage() {
        DateRanking<String> ranking = new DateRanking<>(FETCHED,
                List.of(zoned("2024-05-01T09:00", "-04:00"), zoned("2024-05-02T18:11:01", "+02:00")), null, BERLIN);

        assertThat(choose(ranking, zoneless("2024-05-02T18:11:01.0")).instant()).isEqualTo(Instant.parse("2024-05-02T16:11:01Z"));
    }

    @Test
    void shouldTakeThePagesOwnOffsetWithItsCountrysSummerAndWinterTime() {
        // The page's other date is summer time in Berlin; the zoneless one falls in winter.
        DateRanking<String> ranking = new DateRanking<>(FETCHED, List.of(zoned("2024-04-02T09:00", "+02:00")), null, BERLIN);
        assertThat(choose(ranking, zoneless("2024-03-01T12:00")).instant()).isEqualTo(Instant.parse("2024-03-01T11:00:00Z"));

        DateRanking<String> noCountry = new DateRanking<>(FETCHED, List.of(zoned("2024-04-02T09:00", "+05:30")), null, null);
        assertThat(choose(noCountry, zoneless("2024-03-01T12:00")).instant()).isEqualTo(Instant.parse("2024-03-01T06:30:00Z"));
    }

    @Test
    void shouldTakeTheFeedsOffsetWhenTheWallTimeIsTheFeedsInstant() {
        DateRanking<String> ranking = new DateRanking<>(FETCHED, List.of(), Instant.parse("2024-05-02T18:44:13Z"), null);

        assertThat(choose(ranking, zoneless("2024-05-02T20:44")).instant()).isEqualTo(Instant.parse("2024-05-02T18:44:00Z"));
        // A wall time the feed's instant does not explain to the minute learns nothing from it.
        assertThat(choose(ranking, zoneless("2024-05-02T20:47")).zoneAssumed()).isTrue();
    }

    @Test
    void shouldFallBackToTheCountryThenToUtcAndSaySo() {
        assertThat(choose(new DateRanking<>(FETCHED, List.of(), null, ZoneId.of("Asia/Shanghai")), zoneless("2024-05-03T14:20")))
                .isEqualTo(new Choice<>(Instant.parse("2024-05-03T06:20:00Z"), "source0", false));
        assertThat(choose(new DateRanking<>(FETCHED, List.of(), null, null), zoneless("2024-05-03T14:20")))
                .isEqualTo(new Choice<>(Instant.parse("2024-05-03T14:20:00Z"), "source0", true));
    }

    @Test
    void shouldKeepADaysDateAsTheStartOfThatDayInUtc() {
        Choice<String> choice = choose(new DateRanking<>(FETCHED, List.of(), null, BERLIN), day("2024-05-02"));

        assertThat(choice).isEqualTo(new Choice<>(Instant.parse("2024-05-02T00:00:00Z"), "source0", false));
    }

    @Test
    void shouldTakeTheTimeOfADayFromALessTrustedCandidateOnThatDay() {
        Choice<String> choice = choose(new DateRanking<>(FETCHED, List.of(), null, null),
                day("2024-05-02"), zoned("2024-05-01T23:00", "Z"), zoned("2024-05-02T06:00", "+02:00"));

        assertThat(choice).isEqualTo(new Choice<>(Instant.parse("2024-05-02T04:00:00Z"), "source2", false));
    }
}

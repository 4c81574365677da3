package dev.newsflow.enrich.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampParserTest {

    @ParameterizedTest
    @CsvSource({
            "2024-04-26T08:25:56.585Z, 2024-04-26T08:25:56.585Z",
            "2024-04-26T10:25:56+02:00, 2024-04-26T08:25:56Z",
            "2024-04-26T10:25:56+0200, 2024-04-26T08:25:56Z",
            "2024-04-26 08:25:56, 2024-04-26T08:25:56Z",
            "2024-04-26T08:25, 2024-04-26T08:25:00Z",
            "2024-04-26, 2024-04-26T00:00:00Z",
            "2015-07-10 09:53:00 -0400, 2015-07-10T13:53:00Z",
            "2017-11-24 18:42:20.314667, 2017-11-24T18:42:20.314667Z",
            "'  2024-04-26T08:25:56Z ', 2024-04-26T08:25:56Z"})
    void shouldReadTheIsoVariantsFoundInPages(String text, String expected) {
        assertThat(TimestampParser.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"April 26, 2024", "2024-04-26T08:25:56Z and more", "Updated 2024-04-26", "2024", ""})
    void shouldRejectTextThatIsNotATimestampAlone(String text) {
        assertThat(TimestampParser.parse(text)).isNull();
    }
}

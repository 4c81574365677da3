package dev.newsflow.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WrittenDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Thu, 01 Jan 2004 19:48:21 GMT           | 2004-01-01T19:48:21Z",
            "Thu, 01 Jan 2004 19:48:21 +0000         | 2004-01-01T19:48:21Z",
            "Thu, 1 Jan 2004 14:48:21 EST            | 2004-01-01T19:48:21Z",
            "Thu, 01 Jan 2004 12:48:21 PDT           | 2004-01-01T19:48:21Z",
            "Thu, 01 Jan 04 19:48:21 GMT             | 2004-01-01T19:48:21Z",
            "01 Jan 99 19:48 GMT                     | 1999-01-01T19:48:00Z",
            "Thursday, 01-Jan-2004 20:48:21 CET      | 2004-01-01T19:48:21Z",
            "Thu, 01 Jan 2004 19:48:21 UT            | 2004-01-01T19:48:21Z",
            "Thu, 01 Jan 2004 21:48:21 +02:00        | 2004-01-01T19:48:21Z",
            "Thu, 01 January 2004 19:48:21 Z         | 2004-01-01T19:48:21Z",
            "Fri, 02 Jan 2004 04:48:21 JST           | 2004-01-01T19:48:21Z",
            "2004-01-01T19:48:21Z                    | 2004-01-01T19:48:21Z",
            "2004-01-01T19:48:21.123456+00:00        | 2004-01-01T19:48:21.123456Z",
            "2004-01-01T20:48:21+0100                | 2004-01-01T19:48:21Z",
            "2004-01-01T21:48+02:00                  | 2004-01-01T19:48:00Z",
            "2004-01-01 19:48:21 UTC                 | 2004-01-01T19:48:21Z",
            "Thu Jan  1 19:48:21 GMT 2004            | 2004-01-01T19:48:21Z",
            "January 1, 2004 7:48 PM GMT             | 2004-01-01T19:48:00Z",
            "Thu, 01 Jan 2004 20:48:21 Europe/Berlin | 2004-01-01T19:48:21Z",
    })
    void shouldReadRealWorldDatesWithTheirZone(String text, String expected) {
        WrittenDate date = WrittenDates.parse(text);

        assertThat(date).isNotNull();
        assertThat(date.instant()).isEqualTo(Instant.parse(expected));
        assertThat(date.zoneAssumed()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Thu, 01 Jan 2004 19:48:21       | 2004-01-01T19:48:21Z",
            "2004-01-01T19:48:21             | 2004-01-01T19:48:21Z",
            "2004-01-01                      | 2004-01-01T00:00:00Z",
            "2004/01/01 19:48                | 2004-01-01T19:48:00Z",
            "Thu, 01 Jan 2004 19:48:21 XYZT  | 2004-01-01T19:48:21Z",
    })
    void shouldReadDatesWithoutZoneAsUtcAndSaySo(String text, String expected) {
        WrittenDate date = WrittenDates.parse(text);

        assertThat(date).isNotNull();
        assertThat(date.instant()).isEqualTo(Instant.parse(expected));
        assertThat(date.zoneAssumed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "Thu, 32 Jan 2004 19:48:21 GMT", "2004-13-01T00:00:00Z", "soon"})
    void shouldGiveNoDateForTextThatIsNone(String text) {
        assertThat(WrittenDates.parse(text)).isNull();
    }

    @Test
    void shouldTakeOnlyAWholeDateWhenAskedTo() {
        assertThat(WrittenDates.parseWhole("15 October 2019 10:00 BST").instant()).isEqualTo(Instant.parse("2019-10-15T09:00:00Z"));
        assertThat(WrittenDates.parseWhole("Tuesday 15 October 2019")).isNotNull();
        assertThat(WrittenDates.parseWhole("Tuesday 15 October 2019 by Bradley M. Kuhn")).isNull();
        assertThat(WrittenDates.parse("Tuesday 15 October 2019 by Bradley M. Kuhn").zoneAssumed()).isTrue();
    }
}

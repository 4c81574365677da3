package dev.newsflow.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateReaderTest {

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
        WrittenDate date = DateReader.parse(text);

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
        WrittenDate date = DateReader.parse(text);

        assertThat(date).isNotNull();
        assertThat(date.instant()).isEqualTo(Instant.parse(expected));
        assertThat(date.zoneAssumed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "Thu, 32 Jan 2004 19:48:21 GMT", "2004-13-01T00:00:00Z", "soon", "2024", "2024-02-30",
            "۱۴۰۳/۰۲/۱۴"})
    void shouldGiveNoDateForTextThatIsNone(String text) {
        assertThat(DateReader.parse(text)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-04-26T08:25:56.585Z           | 2024-04-26T08:25:56.585Z",
            "2024-04-26T10:25:56+0200           | 2024-04-26T08:25:56Z",
            "2015-07-10 09:53:00 -0400          | 2015-07-10T13:53:00Z",
            "'  2024-04-26T08:25:56Z '          | 2024-04-26T08:25:56Z",
            "20240503T142000Z                   | 2024-05-03T14:20:00Z",
            "Sonntag, 3. März 2024, 10:15 Uhr MEZ | 2024-03-03T09:15:00Z",
            "May 4, 2024 at 3:20 p.m. EDT       | 2024-05-04T19:20:00Z",
            "2024-05-03 14:20 北京时间            | 2024-05-03T06:20:00Z",
    })
    void shouldReadTheTimestampsOfPageMetadata(String text, String expected) {
        assertThat(DateReader.parseWhole(text).instant()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "3. Mai 2024 ; 2024-05-03T00:00 ; false",
            "03.05.2024 ; 2024-05-03T00:00 ; false",
            "25.04.24 ; 2024-04-25T00:00 ; false",
            "03/05/2024 ; 2024-05-03T00:00 ; false",
            "05/31/2024 ; 2024-05-31T00:00 ; false",
            "May 3, 2024 ; 2024-05-03T00:00 ; false",
            "May 3rd, 2024 ; 2024-05-03T00:00 ; false",
            "2024/05/03 14:20 ; 2024-05-03T14:20 ; true",
            "2004-12-27 12:40 ; 2004-12-27T12:40 ; true",
            "2005年5月7日 ; 2005-05-07T00:00 ; false",
            "2024年5月3日（星期五）14时20分 ; 2024-05-03T14:20 ; true",
            "２０２４年５月３日　１４：２０ ; 2024-05-03T14:20 ; true",
            "2024年5月3日 14時20分 ; 2024-05-03T14:20 ; true",
            "2026년 1월 29일 오후 6:40 ; 2026-01-29T18:40 ; true",
            "1er mai 2024 ; 2024-05-01T00:00 ; false",
            "3 de mayo de 2024 ; 2024-05-03T00:00 ; false",
            "3 maggio 2024, 14:20 ; 2024-05-03T14:20 ; true",
            "3 мая 2024 г. ; 2024-05-03T00:00 ; false",
            "3 maja 2024 ; 2024-05-03T00:00 ; false",
            "3 Μαΐου 2024 ; 2024-05-03T00:00 ; false",
            "2024. május 3. ; 2024-05-03T00:00 ; false",
            "14 Ağustos 2024 ; 2024-08-14T00:00 ; false",
            "Do 25.04.24 | 14:07 Uhr ; 2024-04-25T14:07 ; true",
            "vendredi 3 mai 2024 à 14h20 ; 2024-05-03T14:20 ; true",
            "3 maj 2024 kl. 14.20 ; 2024-05-03T14:20 ; true",
            "3.5.2024 klo 9.05 ; 2024-05-03T09:05 ; true",
            "3. Mai 2024, 14.20 Uhr ; 2024-05-03T14:20 ; true",
            "3 maggio 2024 ore 14.20 ; 2024-05-03T14:20 ; true",
            "03/05/2024 às 14h20 ; 2024-05-03T14:20 ; true",
            "٣ مايو ٢٠٢٤ ; 2024-05-03T00:00 ; false",
    })
    void shouldReadTheDatesPagesPrintInTheirLanguages(String text, String local, boolean hasTime) {
        WrittenDate date = DateReader.parseWhole(text);

        assertThat(date).isNotNull();
        assertThat(date.local()).isEqualTo(LocalDateTime.parse(local));
        assertThat(date.hasTime()).isEqualTo(hasTime);
        assertThat(date.zoneAssumed()).isTrue();
    }

    @Test
    void shouldKeepTheDayOfADateWithoutTimeWhateverItsZone() {
        assertThat(DateReader.parse("2024-05-03+02:00").instant()).isEqualTo(Instant.parse("2024-05-03T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "发布时间：2024-05-03 14:20 来源：新华网 ; 2024-05-03 14:20",
            "日期：2005-05-07 ; 2005-05-07",
            "erstellt:  01. April 2025, 15:25 ; 01. April 2025, 15:25",
            "By Ann Lee | May 1, 2024 | 4 min read ; May 1, 2024",
            "10:32 AM, May 1, 2024 ; 10:32 AM, May 1, 2024",
            "Stand: 26.04.2024, 20:44 Uhr ; 26.04.2024, 20:44 Uhr",
    })
    void shouldFindTheDateInAShortLineAndSayWhereItStands(String line, String date) {
        DateMatch match = DateReader.find(line, null);

        assertThat(match).isNotNull();
        assertThat(line.substring(match.start(), match.end())).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2 hours ago          | 2024-05-03T16:00:00Z",
            "Published 5 mins ago | 2024-05-03T17:55:00Z",
            "vor 3 Stunden        | 2024-05-03T15:00:00Z",
            "vor einer Stunde     | 2024-05-03T17:00:00Z",
            "il y a 5 minutes     | 2024-05-03T17:55:00Z",
            "hace 2 horas         | 2024-05-03T16:00:00Z",
            "3 ore fa             | 2024-05-03T15:00:00Z",
            "3 uur geleden        | 2024-05-03T15:00:00Z",
            "3小时前               | 2024-05-03T15:00:00Z",
            "5分前                 | 2024-05-03T17:55:00Z",
            "3시간 전              | 2024-05-03T15:00:00Z",
            "2 часа назад         | 2024-05-03T16:00:00Z",
    })
    void shouldCountRelativeDatesBackFromTheFetchTime(String text, String expected) {
        DateMatch match = DateReader.find(text, Instant.parse("2024-05-03T18:00:00Z"));

        assertThat(match.date().instant()).isEqualTo(Instant.parse(expected));
        assertThat(match.date().zoneAssumed()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Today at 10:15 AM        | 2024-05-03T10:15",
            "heute, 10:15 Uhr         | 2024-05-03T10:15",
            "gestern 18.30 Uhr        | 2024-05-02T18:30",
            "Publié hier à 14h20      | 2024-05-02T14:20",
            "昨天 14:20                | 2024-05-02T14:20",
            "今日 9:05                 | 2024-05-03T09:05",
            "어제 14:20                | 2024-05-02T14:20",
            "Yesterday at 2:20 p.m.   | 2024-05-02T14:20",
    })
    void shouldReadTodayAndYesterdayAsThatDaysWallTimeWithoutZone(String text, String local) {
        DateMatch match = DateReader.find(text, Instant.parse("2024-05-03T18:00:00Z"));

        assertThat(match).isNotNull();
        assertThat(match.date().local()).isEqualTo(LocalDateTime.parse(local));
        assertThat(match.date().hasTime()).isTrue();
        assertThat(match.date().zoneAssumed()).isTrue();
    }

    @Test
    void shouldReadDaysAgoAsADayOnly() {
        WrittenDate date = DateReader.find("vor 2 Tagen", Instant.parse("2024-05-03T18:00:00Z")).date();

        assertThat(date.local()).isEqualTo(LocalDateTime.parse("2024-05-01T00:00"));
        assertThat(date.hasTime()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Version 1.2.24", "Tel. 030-1234-5678", "Kommentare: 12", "5 min read", "Seite 2 von 2024"})
    void shouldFindNoDateInLinesThatHoldNone(String line) {
        assertThat(DateReader.find(line, Instant.parse("2024-05-03T18:00:00Z"))).isNull();
    }

    @Test
    void shouldTakeOnlyAWholeDateWhenAskedTo() {
        assertThat(DateReader.parseWhole("15 October 2019 10:00 BST").instant()).isEqualTo(Instant.parse("2019-10-15T09:00:00Z"));
        assertThat(DateReader.parseWhole("Tuesday 15 October 2019")).isNotNull();
        assertThat(DateReader.parseWhole("Tuesday 15 October 2019 by Bradley M. Kuhn")).isNull();
        assertThat(DateReader.parse("Tuesday 15 October 2019 by Bradley M. Kuhn").zoneAssumed()).isTrue();
    }
}

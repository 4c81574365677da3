package dev.newsflow.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "May, 5", "Sept., 9", "März, 3", "Marz, 3", "Jänner, 1", "août, 8", "aout, 8", "mayo, 5", "maggio, 5",
            "maio, 5", "mei, 5", "maj, 5", "maja, 5", "května, 5", "мая, 5", "травня, 5", "Mayıs, 5", "Μαΐου, 5",
            "május, 5", "mai, 5", "Mei, 5", "مايو, 5", "अक्तूबर, 10", "juillet, 7", "juin, 6"})
    void shouldNameTheMonthInEveryNewsLanguage(String word, int month) {
        assertThat(CalendarNames.month(word)).isEqualTo(month);
    }

    @ParameterizedTest
    @ValueSource(strings = {"min", "read", "Uhr", "by", "Berlin"})
    void shouldFindNoMonthInOtherWords(String word) {
        assertThat(CalendarNames.month(word)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thu", "Thursday", "Do.", "Donnerstag", "jeudi", "jueves", "czwartek", "четверг"})
    void shouldKnowWeekdays(String word) {
        assertThat(CalendarNames.isWeekday(word)).isTrue();
    }
}

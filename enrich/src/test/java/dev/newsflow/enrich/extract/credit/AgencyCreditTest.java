package dev.newsflow.enrich.extract.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCreditTest {

    private final AgencyCredit credit = new AgencyCredit();

    @Test
    void shouldCutAPublisherCreditFromTheStartOfAParagraph() {
        String paragraph = "（示例新聞中文網）市政府周一宣布新政策。";

        assertThat(credit.leadingCredit(paragraph)).isEqualTo("（示例新聞中文網）");
        assertThat(credit.withoutLeadingCredit(paragraph)).isEqualTo("市政府周一宣布新政策。");
    }

    @Test
    void shouldCutAnAgencyCreditAndTheDashAfterIt() {
        String paragraph = "(AFP) - The council met on Monday.";

        assertThat(credit.leadingCredit(paragraph)).isEqualTo("(AFP)");
        assertThat(credit.withoutLeadingCredit(paragraph)).isEqualTo("The council met on Monday.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"（綜合報導）", "（综合报道）", "(dpa)", "(Reuters)", "（AFP, dpa）", "ab/cd (dpa, Reuters)", "（中央社記者台北電）"})
    void shouldRecogniseWholeParagraphCredits(String paragraph) {
        assertThat(credit.isCreditParagraph(paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "（4月26日）市长表示欢迎。", "(Updated) The council met.", "（據路透社報導，會談持續五小時）雙方表示。",
            "(This is an aside.) And text.", "Text (dpa)"})
    void shouldLeaveOrdinaryParenthesesAlone(String paragraph) {
        assertThat(credit.leadingCredit(paragraph)).isNull();
        assertThat(credit.isCreditParagraph(paragraph)).isFalse();
    }

    @Test
    void shouldNameAgenciesByAbbreviationOrFullNameButNoPerson() {
        assertThat(AgencyCredit.isAgency("dpa")).isTrue();
        assertThat(AgencyCredit.isAgency(" The Associated Press ")).isTrue();
        assertThat(AgencyCredit.isAgency("新华社")).isTrue();
        assertThat(AgencyCredit.isAgency("Anna Schmidt")).isFalse();
    }
}

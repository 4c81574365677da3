package dev.newsflow.language.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.text.Transliterator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The table writes what ICU's Traditional-Simplified transliterator writes, word rules included. */
class SimplifiedTableTest {

    private static List<String[]> rules;
    private static Transliterator icu;

    @BeforeAll
    static void readIcusRules() {
        rules = SimplifiedTable.rulesFromIcu();
        icu = Transliterator.getInstance(ChineseScripts.TRADITIONAL_TO_SIMPLIFIED);
    }

    @Test
    void shouldConvertEveryRuleSourceAsIcuDoesAloneAndRunTogether() {
        StringBuilder runTogether = new StringBuilder();
        StringBuilder spaced = new StringBuilder();
        for (String[] rule : rules) {
            assertThat(ChineseScripts.toSimplified(rule[0])).as(rule[0]).isEqualTo(icu.transliterate(rule[0]));
            runTogether.append(rule[0]);
            spaced.append(rule[0]).append(' ');
        }
        // Run together, a rule's source meets its neighbours, where a word rule may start inside another.
        assertThat(ChineseScripts.toSimplified(runTogether.toString())).isEqualTo(icu.transliterate(runTogether.toString()));
        assertThat(ChineseScripts.toSimplified(spaced.toString())).isEqualTo(icu.transliterate(spaced.toString()));
    }

    @Test
    void shouldKeepTheWordsBothStandardsWriteAlike() {
        assertThat(ChineseScripts.toSimplified("著名的著作")).isEqualTo("著名的著作");
        assertThat(ChineseScripts.toSimplified("國會通過了預算")).isEqualTo("国会通过了预算");
        assertThat(ChineseScripts.toSimplified("單于和鮮于")).isEqualTo("单于和鲜于");
    }

    @Test
    void shouldLeaveOtherTextAsItIs() {
        String mixed = "Reuters 報導: 😀 𠀀 naïve — 2024年5月3日";

        assertThat(ChineseScripts.toSimplified(mixed)).isEqualTo(icu.transliterate(mixed)).startsWith("Reuters 报导");
        String simplified = "国会通过了预算";
        assertThat(ChineseScripts.toSimplified(simplified)).isSameAs(simplified);
    }

    @Test
    void shouldReadBackWhatItWroteAndRefuseAnotherVersion() throws IOException {
        StringWriter written = new StringWriter();
        SimplifiedTable.write(List.of(new String[] {"著名", "著名"}, new String[] {"著", "着"}, new String[] {"國", "国"}), written);

        SimplifiedTable table = SimplifiedTable.read(new ByteArrayInputStream(written.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(table.toSimplified("著名國著")).isEqualTo("著名国着");
        String otherVersion = written.toString().replace(SimplifiedTable.HEADER, "newsflow traditional-to-simplified 0");
        assertThatThrownBy(() -> SimplifiedTable.read(new ByteArrayInputStream(otherVersion.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("not a traditional-to-simplified table of this version");
    }
}

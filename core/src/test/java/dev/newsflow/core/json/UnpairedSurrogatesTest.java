package dev.newsflow.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class UnpairedSurrogatesTest {

    @Test
    void shouldReplaceEachUnpairedSurrogateAndKeepPairs() {
        assertThat(UnpairedSurrogates.replaced("a\uD800b")).isEqualTo("a\uFFFDb");
        assertThat(UnpairedSurrogates.replaced("\uDC00\uD800")).isEqualTo("\uFFFD\uFFFD");
        assertThat(UnpairedSurrogates.replaced("end\uD83D")).isEqualTo("end\uFFFD");
        assertThat(UnpairedSurrogates.replaced("\uD83D\uD83D\uDE00")).isEqualTo("\uFFFD\uD83D\uDE00");
        String sound = "smile \uD83D\uDE00";
        assertThat(UnpairedSurrogates.replaced(sound)).isSameAs(sound);
    }

    @Test
    void shouldRepairEveryStringValueOfATreeAndCountThem() throws Exception {
        JsonNode tree = Json.mapper().readTree(
                "{\"a\":\"x\\uD800\",\"b\":[\"ok\",\"\\uDC00\",{\"c\":\"\\uDBFF!\"}],\"d\":1,\"k\\uD800\":\"fine\"}");

        int repaired = UnpairedSurrogates.repair(tree);

        assertThat(repaired).isEqualTo(3);
        assertThat(tree.get("a").textValue()).isEqualTo("x\uFFFD");
        assertThat(tree.get("b").get(1).textValue()).isEqualTo("\uFFFD");
        assertThat(tree.get("b").get(2).get("c").textValue()).isEqualTo("\uFFFD!");
        assertThat(tree.get("d").intValue()).isEqualTo(1);
        assertThat(UnpairedSurrogates.repair(tree)).isZero();
    }

    @Test
    void shouldRepairATreeAsDeepAsTheParserAllowsWithoutRecursion() throws Exception {
        String deep = "[".repeat(999) + "\"\\uD800\"" + "]".repeat(999);
        JsonNode tree = Json.mapper().readTree(deep);

        assertThat(UnpairedSurrogates.repair(tree)).isEqualTo(1);
        assertThat(UnpairedSurrogates.repair(null)).isZero();
    }
}

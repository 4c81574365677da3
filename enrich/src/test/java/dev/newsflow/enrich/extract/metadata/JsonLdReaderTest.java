package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonLdReaderTest {

    @Test
    void shouldTakeTheCdataSectionOrCommentAroundABlockAwayAndLeaveTheJsonAsItIs() {
        assertThat(JsonLdReader.unwrapped("\n  <![CDATA[{\"a\": 1}]]>  \n")).isEqualTo("{\"a\": 1}");
        assertThat(JsonLdReader.unwrapped("<!--{\"a\": \"-->\"}-->")).isEqualTo("{\"a\": \"-->\"}");
        assertThat(JsonLdReader.unwrapped(" {\"a\": \"]]>\"} ")).isEqualTo(" {\"a\": \"]]>\"} ");
        assertThat(JsonLdReader.unwrapped("<!-->")).isEqualTo(">");
    }
}

package dev.newsflow.enrich.extract.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RightsLineTest {

    private final RightsLine rightsLine = new RightsLine();

    @ParameterizedTest
    @ValueSource(strings = {
            "© 2024年示例新聞版權聲明：未經授權不得轉載。", "Copyright 2024 Example News", "版权所有 示例新闻",
            "(c) 2024 Example", "Example News 2024. All rights reserved.", "版權聲明：本文不得轉載"})
    void shouldRecogniseRightsLines(String paragraph) {
        assertThat(rightsLine.isRightsLine(paragraph)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The copyright reform passed on Monday.", "市议会讨论了版权保护问题。"})
    void shouldLeaveParagraphsAboutCopyrightAlone(String paragraph) {
        assertThat(rightsLine.isRightsLine(paragraph)).isFalse();
    }
}

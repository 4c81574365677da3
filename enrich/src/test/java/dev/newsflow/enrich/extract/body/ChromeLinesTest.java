package dev.newsflow.enrich.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.extract.link.Anchor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChromeLinesTest {

    private static final String PROSE = "The council voted on Tuesday to extend the ferry service through the winter.";

    @Test
    void shouldDropLabelsOfRelatedBoxesShareBarsAndAdSlotsInManyLanguages() {
        List<Block> blocks = List.of(paragraph(PROSE), heading("Lesen Sie auch"), paragraph("Teilen »"),
                paragraph("【関連記事】"), paragraph("Advertisement"), paragraph("Czytaj więcej"), paragraph(PROSE));

        assertThat(texts(ChromeLines.without(blocks))).containsExactly(PROSE, PROSE);
    }

    @Test
    void shouldDropTheLinksALabelIntroducesButNotTheProseAfterThem() {
        List<Block> blocks = List.of(paragraph(PROSE), heading("Related stories"),
                link("Ferry fares to rise in spring"), link("New terminal opens on the east quay"),
                paragraph(PROSE), link("A link inside the article's own flow"));

        assertThat(texts(ChromeLines.without(blocks))).containsExactly(PROSE, PROSE, "A link inside the article's own flow");
    }

    @Test
    void shouldDropReadAlsoTeasersButNotSentencesThatStartTheSameWay() {
        String sentence = "Related to the vote, the harbour board will publish its accounts in May.";
        List<Block> blocks = List.of(paragraph("Read more: Ferry fares to rise in spring"),
                paragraph("Lire aussi | Le port change de directeur"), paragraph(sentence),
                link("上一篇：春天的故事　下一篇：冬日的暖阳"), paragraph("Next article: Harbour board elects a chair"));

        assertThat(texts(ChromeLines.without(blocks))).containsExactly(sentence);
    }

    @Test
    void shouldDropPaywallNoticesAndReadingTimesButNotProseThatMentionsSubscribers() {
        String prose = "The paper said its subscribers only learned of the vote on Wednesday, a day after the"
                + " council had met behind closed doors and long after the harbour board had drawn up its plans.";
        List<Block> blocks = List.of(paragraph("3 Min Lesezeit"), paragraph(PROSE),
                paragraph("Article réservé aux abonnés"), paragraph("この記事は会員限定です"), paragraph(prose),
                paragraph("(责编：张三、李四)"), paragraph("【责任编辑：王明】"));

        assertThat(texts(ChromeLines.without(blocks))).containsExactly(PROSE, prose);
    }

    @Test
    void shouldDropShortParagraphsRepeatedAcrossTheBody() {
        List<Block> blocks = List.of(paragraph("Article content"), paragraph(PROSE), paragraph("Article content"),
                paragraph(PROSE), paragraph("Article content"));

        assertThat(texts(ChromeLines.without(blocks))).containsExactly(PROSE, PROSE);
    }

    @Test
    void shouldDropShortChineseLabelsRepeatedAcrossTheBodyButKeepRepeatedSentences() {
        String sentence = "港珠澳大桥周三正式通车，全长五十五公里。";
        List<Block> blocks = List.of(paragraph("精彩视频推荐"), paragraph(sentence), paragraph("精彩视频推荐"),
                paragraph(sentence), paragraph("精彩视频推荐"), paragraph(sentence));

        assertThat(texts(ChromeLines.without(blocks))).containsExactly(sentence, sentence, sentence);
    }

    @Test
    void shouldKeepRepeatedHeadingsCellsNumbersAndLinks() {
        List<Block> blocks = List.of(heading("Setting up"), heading("Setting up"), heading("Setting up"),
                cell("Lisbon office"), cell("Lisbon office"), cell("Lisbon office"),
                paragraph("12 May"), paragraph("12 May"), paragraph("12 May"),
                link("Next chapter"), link("Next chapter"), link("Next chapter"));

        assertThat(ChromeLines.without(blocks)).hasSize(12);
    }

    private static TextBlock paragraph(String text) {
        return new TextBlock(TextBlock.Kind.PARAGRAPH, text, List.of(), null);
    }

    private static TextBlock heading(String text) {
        return new TextBlock(TextBlock.Kind.HEADING, text, List.of(), null);
    }

    private static TextBlock cell(String text) {
        return new TextBlock(TextBlock.Kind.CELL, text, List.of(), null);
    }

    private static TextBlock link(String text) {
        return new TextBlock(TextBlock.Kind.PARAGRAPH, text, List.of(new Anchor("https://news.example.org/x", text, Set.of())), null);
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(block -> ((TextBlock) block).text()).toList();
    }
}

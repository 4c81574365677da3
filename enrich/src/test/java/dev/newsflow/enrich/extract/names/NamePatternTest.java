package dev.newsflow.enrich.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePatternTest {

    /** Constants, as patterns are meant to be. */
    private static final NamePattern FURNITURE = NamePattern.compile("comment|sidebar|^hid$");
    private static final NamePattern LOWER_CASED_FURNITURE = NamePattern.lowerCasing("comment|sidebar|^hid$");
    private static final NamePattern AD_PARTS = NamePattern.ofWholeParts("ad", "author-bio");

    @Test
    void shouldFindThePatternAnywhereInTheNamesAsMatcherFindDoes() {
        assertThat(FURNITURE.foundIn("post-comments main")).isTrue();
        assertThat(FURNITURE.foundIn("hid")).isTrue();
        assertThat(FURNITURE.foundIn("hidden")).isFalse();
        assertThat(FURNITURE.foundIn("article-body")).isFalse();
    }

    @Test
    void shouldFindWholePartsOfNamesOnly() {
        assertThat(AD_PARTS.foundIn("c-ad--bigbox")).isTrue();
        assertThat(AD_PARTS.foundIn("story AD_slot")).isTrue();
        assertThat(AD_PARTS.foundIn("liveAlertAd")).isTrue();
        assertThat(AD_PARTS.foundIn("Author-Bio")).isTrue();
        assertThat(AD_PARTS.foundIn("header load-more adapt")).isFalse();
        assertThat(AD_PARTS.foundIn("n1AuAdJl")).as("a case change after fewer than three lower-case letters").isFalse();
        assertThat(AD_PARTS.foundIn("ADDRESS")).isFalse();
        assertThat(AD_PARTS.foundIn("author-biography")).isFalse();
    }

    @Test
    void shouldGiveTheSameAnswerWhenAskedAgain() {
        assertThat(FURNITURE.foundIn("left-sidebar")).isTrue();
        assertThat(FURNITURE.foundIn("left-sidebar")).isTrue();
        assertThat(FURNITURE.foundIn("story")).isFalse();
        assertThat(FURNITURE.foundIn("story")).isFalse();
    }

    @Test
    void shouldStayRightAfterForgettingWhenFull() {
        for (int i = 0; i <= RememberedName.MAX_REMEMBERED; i++) {
            FURNITURE.foundIn("name-" + i);
        }
        assertThat(FURNITURE.foundIn("comment-box")).isTrue();
        assertThat(FURNITURE.foundIn("name-1")).isFalse();
        assertThat(LOWER_CASED_FURNITURE.foundIn("Comment-Box")).isTrue();
    }

    @Test
    void shouldKeepTheAnswersOfDifferentPatternsAboutOneNameApart() {
        assertThat(LOWER_CASED_FURNITURE.foundIn("Sidebar")).isTrue();
        assertThat(FURNITURE.foundIn("Sidebar")).isFalse();
        assertThat(LOWER_CASED_FURNITURE.foundIn("Sidebar")).isTrue();
        assertThat(FURNITURE.foundIn("Sidebar")).isFalse();
    }

    @Test
    void shouldMatchTheLowerCasedNamesWhenAskedSo() {
        assertThat(LOWER_CASED_FURNITURE.foundIn("Left-SideBar")).isTrue();
        assertThat(LOWER_CASED_FURNITURE.foundIn("HID")).isTrue();
        assertThat(FURNITURE.foundIn("HID")).isFalse();
        assertThat(LOWER_CASED_FURNITURE.foundIn("HID")).isTrue();
    }
}

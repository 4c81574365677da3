package dev.newsflow.enrich.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePatternTest {

    /** Constants, as patterns are meant to be. */
    private static final NamePattern FURNITURE = NamePattern.compile("comment|sidebar|^hid$");
    private static final NamePattern LOWER_CASED_FURNITURE = NamePattern.lowerCasing("comment|sidebar|^hid$");

    @Test
    void shouldFindThePatternAnywhereInTheNamesAsMatcherFindDoes() {
        assertThat(FURNITURE.foundIn("post-comments main")).isTrue();
        assertThat(FURNITURE.foundIn("hid")).isTrue();
        assertThat(FURNITURE.foundIn("hidden")).isFalse();
        assertThat(FURNITURE.foundIn("article-body")).isFalse();
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

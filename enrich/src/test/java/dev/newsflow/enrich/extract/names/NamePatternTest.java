package dev.newsflow.enrich.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePatternTest {

    private final NamePattern furniture = NamePattern.compile("comment|sidebar|^hid$");

    @Test
    void shouldFindThePatternAnywhereInTheNamesAsMatcherFindDoes() {
        assertThat(furniture.foundIn("post-comments main")).isTrue();
        assertThat(furniture.foundIn("hid")).isTrue();
        assertThat(furniture.foundIn("hidden")).isFalse();
        assertThat(furniture.foundIn("article-body")).isFalse();
    }

    @Test
    void shouldGiveTheSameAnswerWhenAskedAgain() {
        assertThat(furniture.foundIn("left-sidebar")).isTrue();
        assertThat(furniture.foundIn("left-sidebar")).isTrue();
        assertThat(furniture.foundIn("story")).isFalse();
        assertThat(furniture.foundIn("story")).isFalse();
    }

    @Test
    void shouldStayRightAfterForgettingWhenFull() {
        for (int i = 0; i <= NamePattern.MAX_REMEMBERED; i++) {
            furniture.foundIn("name-" + i);
        }
        assertThat(furniture.foundIn("comment-box")).isTrue();
        assertThat(furniture.foundIn("name-1")).isFalse();
    }

    @Test
    void shouldMatchTheLowerCasedNamesWhenAskedSo() {
        assertThat(furniture.foundInLowerCased("Left-SideBar")).isTrue();
        assertThat(furniture.foundInLowerCased("HID")).isTrue();
        assertThat(furniture.foundIn("HID")).isFalse();
        assertThat(furniture.foundInLowerCased("HID")).isTrue();
    }
}

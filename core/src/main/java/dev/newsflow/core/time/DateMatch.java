package dev.newsflow.core.time;

/**
 * A date found in a short text, and where: {@code text.substring(start, end)} is what was read as
 * the date (with its time and zone, when written beside it).
 */
public record DateMatch(WrittenDate date, int start, int end) {}

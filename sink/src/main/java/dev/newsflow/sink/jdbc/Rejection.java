package dev.newsflow.sink.jdbc;

/**
 * An article the database refused for what it holds (e.g. a NUL character PostgreSQL does not take
 * in text, or a missing required field). Retrying cannot help; the sink dead-letters it.
 *
 * @param index  its position in the list given to {@link ArticleStore#write}
 * @param reason the database's own message
 */
public record Rejection(int index, String reason) {}

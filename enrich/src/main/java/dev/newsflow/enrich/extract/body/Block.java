package dev.newsflow.enrich.extract.body;

/** One unit of an article body in reading order: a run of text or an image. */
public sealed interface Block permits TextBlock, BodyImage {}

package dev.newsflow.core.event;

/** The pipeline's stages, as named in dead letters, metrics and logs. */
public enum Stage {
    INGEST, ENRICH, SINK;

    /** The lower-case name used on the wire. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package dev.newsflow.core.event;

/** The pipeline's stages, as named in dead letters, metrics and logs. */
public enum Stage {
    INGEST, ENRICH, SINK;

    /** The stage a dead letter names ({@code enrich}); an unknown name is an {@link IllegalArgumentException}. */
    public static Stage ofWireName(String name) {
        for (Stage stage : values()) {
            if (stage.wireName().equals(name)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("unknown stage " + name);
    }

    /** The lower-case name used on the wire. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package dev.newsflow.core.stage;

/**
 * One stage of the pipeline as a unit: built from its settings, started, asked whether it is ready,
 * closed. The stage commands ({@code ingest}, {@code enrich}, {@code sink}) and {@code run} drive
 * every stage through this alone, so each is assembled in one place, its module's, and stopped the
 * same way.
 */
public interface PipelineStage extends AutoCloseable {

    /**
     * Starts the stage's work in the background and returns once it runs.
     *
     * @throws Exception if it could not start (the message says why); the caller then closes it
     */
    void start() throws Exception;

    /** Whether the stage can do its work now: what {@code /ready} answers. */
    boolean ready();

    /** Why the stage stopped working by itself (a failed thread, a lost store), or null while it runs or after a close. */
    String failure();

    /** Stops the work and releases what the stage holds; safe to call twice and before {@link #start()}. */
    @Override
    void close();
}

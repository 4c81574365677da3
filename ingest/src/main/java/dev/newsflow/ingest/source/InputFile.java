package dev.newsflow.ingest.source;

/**
 * One input to ingest: its bytes and where they came from (a file path, a URL or a bundled sample),
 * which every error message and dead letter names. An input that could not be read has no bytes and
 * says why in {@code readError}.
 */
public record InputFile(String origin, byte[] bytes, String readError) {

    public static InputFile of(String origin, byte[] bytes) {
        return new InputFile(origin, bytes, null);
    }

    public static InputFile unreadable(String origin, String reason) {
        return new InputFile(origin, new byte[0], reason);
    }
}

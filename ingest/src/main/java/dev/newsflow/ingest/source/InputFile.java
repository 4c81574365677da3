package dev.newsflow.ingest.source;

/**
 * One input to ingest: its bytes and where they came from (a file path, a URL or a bundled sample),
 * which every error message and dead letter names. An input that is not read whole carries the
 * {@link InputRefusal} saying why, and at most its first bytes.
 *
 * @param origin  the path as it was listed (below an input folder; never the target of a link), URL or sample name
 * @param bytes   the whole input; for a refused input only its first bytes (too large) or none (unreadable, a link)
 * @param refusal why the input was not read whole; null when it was
 */
public record InputFile(String origin, byte[] bytes, InputRefusal refusal) {

    public static InputFile of(String origin, byte[] bytes) {
        return new InputFile(origin, bytes, null);
    }

    /** An input read not at all: no bytes, only the reason. */
    public static InputFile refused(String origin, InputRefusal refusal) {
        return new InputFile(origin, new byte[0], refusal);
    }

    /** An input too large to read whole: its first bytes, and its size and hash in {@code refusal}. */
    public static InputFile cut(String origin, byte[] firstBytes, InputRefusal refusal) {
        return new InputFile(origin, firstBytes, refusal);
    }
}

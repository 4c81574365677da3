package dev.newsflow.ingest.replay;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.id.ContentHash;
import dev.newsflow.ingest.source.InputFile;
import dev.newsflow.ingest.source.InputFiles;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The source file of an ingest dead letter whose payload was cut, read again for a replay. Only a
 * local file qualifies, at the path the letter names, not through a symbolic link, read with the
 * limits ingest reads with, and only if its SHA-256 is still the one the letter records. Each
 * refusal is an {@link IllegalArgumentException} whose message the replay report prints.
 */
final class CutInputSource {

    /** How many hex digits of a hash a report shows: enough to tell two apart. */
    private static final int HASH_DIGITS_SHOWN = 12;

    /** The whole original of {@code letter}, read from its source file. */
    byte[] reread(DeadLetter letter) {
        String input = letter.source() == null ? null : letter.source().input();
        String kept = "the dead letter keeps only the first " + letter.payload().length + " of its " + letter.payloadLength() + " bytes";
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("the payload was cut and the dead letter names no source to read it from; " + kept);
        }
        if (input.contains("://") || input.startsWith("bundled:")) {
            throw new IllegalArgumentException("the payload was cut and its source " + input + " is no local file; " + kept);
        }
        Path file = Path.of(input);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("source file " + input + " is gone; " + kept);
        }
        if (Files.isSymbolicLink(file)) {
            throw new IllegalArgumentException("source file " + input + " is now a symbolic link, which a replay does not follow");
        }
        InputFile current = InputFiles.readUnlinked(file);
        if (current.refusal() != null) {
            throw new IllegalArgumentException("source file " + input + " cannot be read again: " + current.refusal().reason());
        }
        String hash = ContentHash.sha256Hex(current.bytes());
        if (letter.payloadSha256() == null || !letter.payloadSha256().toLowerCase(Locale.ROOT).equals(hash)) {
            throw new IllegalArgumentException("source file " + input + " changed since it was dead-lettered (SHA-256 now "
                    + shown(hash) + "…, the dead letter's " + shown(letter.payloadSha256()) + "…): ingest it again instead");
        }
        return current.bytes();
    }

    private static String shown(String hash) {
        return hash == null ? "unknown" : hash.substring(0, Math.min(HASH_DIGITS_SHOWN, hash.length()));
    }
}

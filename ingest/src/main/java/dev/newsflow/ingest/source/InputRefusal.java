package dev.newsflow.ingest.source;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Why an input was not read whole: a dead letter's error class and a one-line reason that names the
 * problem, never the input's content. An input too large also says its size and SHA-256, streamed
 * while reading it once.
 *
 * @param kind   what kind of refusal; its {@link Kind#errorClass()} goes into the dead letter
 * @param reason one line, e.g. {@code file is 3221225472 bytes (3.0 GiB), more than the 64 MiB limit}
 * @param size   the input's size in bytes when it was too large; else null
 * @param sha256 the SHA-256 (hex) of the whole input when it was too large; else null
 */
public record InputRefusal(Kind kind, String reason, Long size, String sha256) {

    public enum Kind {
        UNREADABLE("UnreadableInput"),
        TOO_LARGE("InputTooLarge"),
        LINK_OUTSIDE_INPUT("LinkOutsideInput");

        private final String errorClass;

        Kind(String errorClass) {
            this.errorClass = errorClass;
        }

        public String errorClass() {
            return errorClass;
        }
    }

    public static InputRefusal unreadable(String reason) {
        return new InputRefusal(Kind.UNREADABLE, reason, null, null);
    }

    public static InputRefusal tooLarge(long size, String sha256, long maxBytes) {
        return new InputRefusal(Kind.TOO_LARGE, tooLargeReason(size, maxBytes), size, sha256);
    }

    /** A link found in an input folder whose target lies outside it; the target is named, never read. */
    public static InputRefusal linkOutside(Path target, Path root) {
        return new InputRefusal(Kind.LINK_OUTSIDE_INPUT, "symbolic link to " + target + ", outside the input folder " + root
                + ": not followed (ingest.follow-links: true follows such links)", null, null);
    }

    /** The one-line reason for a file of {@code size} bytes refused for being larger than {@code maxBytes}. */
    public static String tooLargeReason(long size, long maxBytes) {
        return "file is " + size + " bytes (" + human(size) + "), more than the " + human(maxBytes) + " limit: not read";
    }

    private static String human(long bytes) {
        String[] units = {"GiB", "MiB", "KiB"};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << (10 * (units.length - i));
            if (bytes >= unit) {
                return bytes % unit == 0 ? (bytes / unit) + " " + units[i]
                        : String.format(Locale.ROOT, "%.1f %s", (double) bytes / unit, units[i]);
            }
        }
        return bytes + " bytes";
    }
}

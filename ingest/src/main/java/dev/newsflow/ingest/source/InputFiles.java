package dev.newsflow.ingest.source;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RecordSizes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Lists and reads the files under the given paths: a file stands for itself, a directory for every
 * regular file below it (recursively), in a stable order. Hidden files and folders (names starting
 * with a dot) are skipped: editors and sync tools leave them beside real items.
 *
 * <p>What is read is bounded. A symbolic link in a folder is followed only while its target stays
 * inside that folder (compared as real paths), unless {@code followLinks}; a link leading out is
 * listed as refused, and its target is never opened. A file larger than {@link #MAX_INPUT_BYTES}
 * is not read whole: only its first {@link DeadLetter#CUT_PREFIX_BYTES} are kept, and its size and
 * SHA-256 are taken while streaming it once, for the dead letter.
 */
public final class InputFiles {

    /**
     * The largest input read whole. The pipeline cuts content at 10 MiB anyway
     * ({@code RecordSizes.MAX_CONTENT_BYTES}), so a larger archived item is published cut; one beyond
     * 64 MiB is no news item but a mistake (a disk image, a log, a dump), and parsing it would cost a
     * few times its size in heap (the decoded text is UTF-16).
     */
    public static final long MAX_INPUT_BYTES = 64L * 1024 * 1024;

    private static final int STREAM_BUFFER_BYTES = 1024 * 1024;

    private final boolean followLinks;

    /** @param followLinks whether symbolic links that lead out of an input folder are followed ({@code ingest.follow-links}) */
    public InputFiles(boolean followLinks) {
        this.followLinks = followLinks;
    }

    /**
     * One file to ingest: its path as found (below the input folder it was listed from, never a
     * link's target), the real path of that folder, and why it is refused if it is.
     *
     * @param path    the file as listed; its string is the input's origin in messages and dead letters
     * @param root    the real path of the input folder it was found in; null for a file named as an input itself
     * @param refusal why it is not read at all (a link out of the folder, a file that cannot be listed); else null
     */
    public record Listed(Path path, Path root, InputRefusal refusal) {}

    /** The files to read, in order; throws {@link IllegalArgumentException} for a path that does not exist. */
    public List<Listed> list(List<Path> inputs) {
        List<Listed> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(walk(input));
            } else if (Files.isRegularFile(input)) {
                // A file named as an input is the operator's choice: read even if it is a link.
                files.add(new Listed(input, null, null));
            } else {
                throw new IllegalArgumentException("no such file or directory: " + input);
            }
        }
        return files;
    }

    /** The listed files, each read only when the iteration reaches it. */
    public Iterable<InputFile> readEach(List<Listed> files) {
        return () -> files.stream().map(this::read).iterator();
    }

    /** The files under {@code inputs}, each read only when the iteration reaches it. */
    public Iterable<InputFile> readLazily(List<Path> inputs) {
        return readEach(list(inputs));
    }

    /**
     * Reads one listed file: whole up to {@link #MAX_INPUT_BYTES}, else its first bytes, size and
     * hash. A file that cannot be read becomes an input without bytes and the reason.
     */
    public InputFile read(Listed file) {
        String origin = file.path().toString();
        if (file.refusal() != null) {
            return InputFile.refused(origin, file.refusal());
        }
        try {
            if (followLinks || file.root() == null) {
                return readBounded(origin, file.path());
            }
            // Checked again now: the file may have become a link since it was listed. The real path
            // is opened without following a link, so it cannot be swapped for one in between.
            Path real = file.path().toRealPath();
            if (!real.startsWith(file.root())) {
                return InputFile.refused(origin, InputRefusal.linkOutside(real, file.root()));
            }
            return readBounded(origin, real, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return InputFile.refused(origin, InputRefusal.unreadable("cannot read the file: " + e.getMessage()));
        }
    }

    /**
     * Reads the file at exactly {@code file}, never through a symbolic link in its last step, with the
     * same bounds as {@link #read(Listed)}: for re-reading the input of a dead letter.
     */
    public static InputFile readUnlinked(Path file) {
        String origin = file.toString();
        try {
            return readBounded(origin, file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return InputFile.refused(origin, InputRefusal.unreadable("cannot read the file: " + e.getMessage()));
        }
    }

    /**
     * Reads a file an operator named (the {@code extract} and {@code feed} commands) whole; one larger
     * than {@code maxBytes} is refused before anything is read.
     *
     * @throws InputTooLargeException if the file is larger than {@code maxBytes} (at most 2 GiB - 2)
     */
    public static byte[] readWhole(Path file, long maxBytes) throws IOException {
        if (maxBytes >= Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("a whole file is read into one array: at most 2 GiB - 2 bytes, not " + maxBytes);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > maxBytes) {
                throw new InputTooLargeException(InputRefusal.tooLargeReason(size, maxBytes));
            }
            byte[] bytes = Channels.newInputStream(channel).readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new InputTooLargeException("file grew while it was read, beyond the limit of " + maxBytes + " bytes: not read");
            }
            return bytes;
        }
    }

    private static InputFile readBounded(String origin, Path path, OpenOption... linkOption) throws IOException {
        Set<OpenOption> options = new HashSet<>(List.of(linkOption));
        options.add(StandardOpenOption.READ);
        try (FileChannel channel = FileChannel.open(path, options)) {
            if (channel.size() <= MAX_INPUT_BYTES) {
                byte[] bytes = Channels.newInputStream(channel).readNBytes((int) MAX_INPUT_BYTES + 1);
                if (bytes.length <= MAX_INPUT_BYTES) {
                    return InputFile.of(origin, bytes);
                }
            }
            channel.position(0);
            return cut(origin, Channels.newInputStream(channel));
        }
    }

    /** Keeps the first bytes of an input too large to read whole, and streams the rest through SHA-256. */
    private static InputFile cut(String origin, InputStream in) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] firstBytes = in.readNBytes(DeadLetter.CUT_PREFIX_BYTES);
        sha256.update(firstBytes);
        long size = firstBytes.length;
        byte[] buffer = new byte[STREAM_BUFFER_BYTES];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            sha256.update(buffer, 0, read);
            size += read;
        }
        return InputFile.cut(origin, firstBytes,
                InputRefusal.tooLarge(size, HexFormat.of().formatHex(sha256.digest()), MAX_INPUT_BYTES));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private List<Listed> walk(Path folder) {
        List<Listed> found = new ArrayList<>();
        try {
            // Walked from its real path, so that a folder that is itself a link is walked too;
            // files are named below the folder as it was given.
            Path root = folder.toRealPath();
            Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
            Files.walkFileTree(root, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return isHidden(root.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path named = folder.resolve(root.relativize(file));
                    if (isHidden(root.relativize(file))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        found.add(new Listed(named, root, null));
                    } else if (attrs.isSymbolicLink()) {
                        link(named, file, root, found);
                    }
                    // Anything else (a FIFO, a device, a socket) is no item, and reading it could block or never end.
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    Path named = folder.resolve(root.relativize(file));
                    if (!isHidden(root.relativize(file))) {
                        String reason = e instanceof FileSystemLoopException ? "a symbolic link that leads into a loop"
                                : "cannot read: " + e.getMessage();
                        found.add(new Listed(named, root, InputRefusal.unreadable(reason)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(listed -> listed.path().toString()));
        return found;
    }

    /**
     * A link met while not following links: listed when it leads to a file inside the root, refused
     * when it leads out. A link to a folder inside the root is skipped: that folder is walked itself.
     */
    private static void link(Path named, Path link, Path root, List<Listed> found) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (NoSuchFileException e) {
            found.add(new Listed(named, root, InputRefusal.unreadable("a symbolic link whose target does not exist")));
            return;
        } catch (IOException e) {
            found.add(new Listed(named, root, InputRefusal.unreadable("cannot resolve the symbolic link: " + e.getMessage())));
            return;
        }
        if (!target.startsWith(root)) {
            found.add(new Listed(named, root, InputRefusal.linkOutside(target, root)));
        } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            found.add(new Listed(named, root, null));
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

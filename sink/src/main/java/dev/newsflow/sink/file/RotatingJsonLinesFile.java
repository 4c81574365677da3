package dev.newsflow.sink.file;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.GZIPOutputStream;

/**
 * JSON Lines, gzip-compressed, one file per time window: {@code PREFIX-20240426T080000Z-<n>.jsonl.gz}.
 * A file is written under a hidden temporary name ({@code .PREFIX-….jsonl.gz.part}) and moved into
 * place atomically once complete, so a reader that lists {@code *.jsonl.gz} only ever sees whole
 * files. Not thread-safe: one writer per instance.
 */
public final class RotatingJsonLinesFile implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String PART = ".part";

    private final Path directory;
    private final String prefix;
    private final Duration window;
    private final Clock clock;
    private GZIPOutputStream out;
    private FileChannel channel;
    private Path partFile;
    private Path finalFile;
    private Instant openedAt;
    private int lines;

    public RotatingJsonLinesFile(Path directory, String prefix, Duration window, Clock clock) throws IOException {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the rotation window must be positive, not " + window);
        }
        this.directory = Files.createDirectories(directory);
        this.prefix = prefix;
        this.window = window;
        this.clock = clock;
        deleteLeftoverParts();
    }

    /**
     * A part file left by a crash holds records whose offsets were never committed: they will be
     * read and written again, so the half file goes.
     */
    private void deleteLeftoverParts() throws IOException {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory, "." + prefix + "-*" + PART)) {
            for (Path part : parts) {
                Files.delete(part);
            }
        }
    }

    /** Appends one JSON document (without a line break) as one line. */
    public void append(byte[] json) throws IOException {
        if (out == null) {
            open();
        }
        out.write(json);
        out.write('\n');
        lines++;
    }

    private void open() throws IOException {
        openedAt = clock.instant();
        String name = prefix + "-" + STAMP.format(openedAt);
        int n = 0;
        do {
            finalFile = directory.resolve(name + "-" + n++ + ".jsonl.gz");
        } while (Files.exists(finalFile));
        partFile = directory.resolve("." + finalFile.getFileName() + PART);
        channel = FileChannel.open(partFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        out = new GZIPOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024));
    }

    /** Whether the open file's window has passed (an empty window opens no file). */
    public boolean due() {
        return out != null && !clock.instant().isBefore(openedAt.plus(window));
    }

    /**
     * Finishes the open file (gzip trailer, flushed to disk) and moves it into place; returns it, or
     * null when nothing was written since the last call.
     */
    public Path complete() throws IOException {
        if (out == null) {
            return null;
        }
        out.finish();
        out.flush();
        channel.force(true);
        out.close();
        out = null;
        Path done = Files.move(partFile, finalFile, StandardCopyOption.ATOMIC_MOVE);
        lines = 0;
        return done;
    }

    /** Lines in the open file. */
    public int pendingLines() {
        return lines;
    }

    /** Drops the open file unfinished (its records will be written again after a restart). */
    public void abandon() throws IOException {
        if (out != null) {
            out.close();
            out = null;
            Files.deleteIfExists(partFile);
            lines = 0;
        }
    }

    /** Completes the open file. */
    @Override
    public void close() throws IOException {
        complete();
    }
}

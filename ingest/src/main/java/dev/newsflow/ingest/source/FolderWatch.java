package dev.newsflow.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of input folders that are new or changed since the last look: a file is listed again
 * when its modification time moved. Kept in memory, so a restarted process reads every file again
 * (the store's upsert absorbs the repeats).
 */
public final class FolderWatch {

    private final List<Path> inputs;
    private final InputFiles files;
    /** Files already handed out, with the modification time seen then. */
    private final Map<Path, FileTime> seen = new HashMap<>();

    /** @param inputs files and folders, listed as {@link InputFiles} lists them */
    public FolderWatch(List<Path> inputs, InputFiles files) {
        this.inputs = List.copyOf(inputs);
        this.files = files;
    }

    /** The inputs' files not handed out before, or changed since, read lazily. */
    public Iterable<InputFile> newOrChanged() {
        List<InputFiles.Listed> fresh = new ArrayList<>();
        for (InputFiles.Listed file : files.list(inputs)) {
            FileTime modified = modified(file);
            if (modified != null && !modified.equals(seen.put(file.path(), modified))) {
                fresh.add(file);
            }
        }
        return files.readEach(fresh);
    }

    /**
     * When the file last changed; for a refused one (a link out of the folder) when the link itself
     * did, since its target is not looked at. Null when the file went away since it was listed.
     */
    private static FileTime modified(InputFiles.Listed file) {
        try {
            return file.refusal() != null ? Files.getLastModifiedTime(file.path(), LinkOption.NOFOLLOW_LINKS)
                    : Files.getLastModifiedTime(file.path());
        } catch (IOException e) {
            return null;
        }
    }
}

package dev.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.core.event.DeadLetter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ingest reads of an input folder: nothing outside it, and never more than it can hold. */
class InputFilesTest {

    private static final String SECRET = "root:$6$not-for-the-cluster:19000:0:99999:7:::";

    @TempDir
    Path work;

    private Path items;
    private Path secret;

    @BeforeEach
    void folders() throws Exception {
        items = Files.createDirectories(work.resolve("items"));
        secret = Files.writeString(Files.createDirectories(work.resolve("outside")).resolve("shadow"), SECRET + "\nmore\n");
    }

    private static Path sparse(Path file, long length) throws Exception {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(length);
        }
        return file;
    }

    private static String sha256OfZeros(long length) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] zeros = new byte[1024 * 1024];
        for (long left = length; left > 0; left -= zeros.length) {
            sha256.update(zeros, 0, (int) Math.min(left, zeros.length));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static List<InputFile> read(InputFiles files, Path folder) {
        List<InputFile> inputs = new ArrayList<>();
        files.readLazily(List.of(folder)).forEach(inputs::add);
        return inputs;
    }

    @Test
    void refusesSymlinkLeavingTheInputRoot() throws Exception {
        Files.createSymbolicLink(items.resolve("shadow.txt"), secret);

        List<InputFiles.Listed> listed = new InputFiles(false).list(List.of(items));
        InputFile input = new InputFiles(false).read(listed.get(0));

        assertThat(listed).singleElement().satisfies(file -> assertThat(file.refusal().kind())
                .isEqualTo(InputRefusal.Kind.LINK_OUTSIDE_INPUT));
        assertThat(input.origin()).isEqualTo(items.resolve("shadow.txt").toString());
        assertThat(input.bytes()).isEmpty();
        assertThat(input.refusal().reason()).contains("symbolic link to " + secret.toRealPath(), "outside the input folder")
                .doesNotContain("root:");
    }

    @Test
    void refusesAFolderLinkLeavingTheInputRoot() throws Exception {
        Files.createSymbolicLink(items.resolve("elsewhere"), secret.getParent());

        List<InputFiles.Listed> listed = new InputFiles(false).list(List.of(items));

        assertThat(listed).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo(items.resolve("elsewhere"));
            assertThat(file.refusal().kind()).isEqualTo(InputRefusal.Kind.LINK_OUTSIDE_INPUT);
        });
    }

    @Test
    void followsASymlinkThatStaysInsideTheInputRoot() throws Exception {
        Path real = Files.writeString(Files.createDirectories(items.resolve("2026")).resolve("a.txt"), "item a");
        Files.createSymbolicLink(items.resolve("latest.txt"), real);

        List<InputFile> inputs = read(new InputFiles(false), items);

        assertThat(inputs).extracting(InputFile::origin)
                .containsExactly(real.toString(), items.resolve("latest.txt").toString());
        assertThat(inputs).allSatisfy(input -> {
            assertThat(input.refusal()).isNull();
            assertThat(new String(input.bytes(), StandardCharsets.UTF_8)).isEqualTo("item a");
        });
    }

    @Test
    void followsASymlinkLeavingTheInputRootOnlyWhenTold() throws Exception {
        Files.createSymbolicLink(items.resolve("shadow.txt"), secret);

        List<InputFile> inputs = read(new InputFiles(true), items);

        assertThat(inputs).singleElement().satisfies(input -> assertThat(input.bytes()).startsWith(SECRET.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesAFileThatBecameALinkOutOfTheRootAfterItWasListed() throws Exception {
        Path file = Files.writeString(items.resolve("item.txt"), "harmless");
        InputFiles files = new InputFiles(false);
        List<InputFiles.Listed> listed = files.list(List.of(items));
        Files.delete(file);
        Files.createSymbolicLink(file, secret);

        InputFile input = files.read(listed.get(0));

        assertThat(input.refusal().kind()).isEqualTo(InputRefusal.Kind.LINK_OUTSIDE_INPUT);
        assertThat(input.bytes()).isEmpty();
    }

    @Test
    void refusesALinkToNothingWithAReason() throws Exception {
        Files.createSymbolicLink(items.resolve("dangling.txt"), work.resolve("missing"));

        assertThat(read(new InputFiles(false), items)).singleElement()
                .satisfies(input -> assertThat(input.refusal().reason()).isEqualTo("a symbolic link whose target does not exist"));
    }

    @Test
    void keepsOnlyTheFirstBytesSizeAndHashOfAFileTooLargeToReadWhole() throws Exception {
        long length = InputFiles.MAX_INPUT_BYTES + 1;
        sparse(items.resolve("huge.txt"), length);

        InputFile input = read(new InputFiles(false), items).get(0);

        assertThat(input.refusal().kind()).isEqualTo(InputRefusal.Kind.TOO_LARGE);
        assertThat(input.bytes()).isEqualTo(new byte[DeadLetter.CUT_PREFIX_BYTES]);
        assertThat(input.refusal().size()).isEqualTo(length);
        assertThat(input.refusal().sha256()).isEqualTo(sha256OfZeros(length));
        assertThat(input.refusal().reason()).isEqualTo("file is 67108865 bytes (64.0 MiB), more than the 64 MiB limit: not read");
    }

    @Test
    void readsAFileOfExactlyTheLimitWhole() throws Exception {
        sparse(items.resolve("large.txt"), InputFiles.MAX_INPUT_BYTES);

        InputFile input = read(new InputFiles(false), items).get(0);

        assertThat(input.refusal()).isNull();
        assertThat(input.bytes()).hasSize((int) InputFiles.MAX_INPUT_BYTES);
    }

    @Test
    void refusesAFileOverTwoGigabytesBeforeReadingIt() throws Exception {
        Path huge = sparse(work.resolve("huge.xml"), 3L * 1024 * 1024 * 1024);

        assertThatThrownBy(() -> InputFiles.readWhole(huge, 10 * 1024 * 1024))
                .isInstanceOf(InputTooLargeException.class)
                .hasMessage("file is 3221225472 bytes (3 GiB), more than the 10 MiB limit: not read");
    }

    @Test
    void skipsHiddenFilesAndFoldersAndListsInPathOrder() throws Exception {
        Files.writeString(items.resolve("b.txt"), "b");
        Files.writeString(items.resolve("a.txt"), "a");
        Files.writeString(items.resolve(".a.txt.swp"), "editor");
        Files.writeString(Files.createDirectories(items.resolve(".sync")).resolve("c.txt"), "sync");

        assertThat(new InputFiles(false).list(List.of(items))).extracting(file -> file.path().getFileName().toString())
                .containsExactly("a.txt", "b.txt");
    }

    @Test
    void readsAFileOfARealFolderReachedThroughALinkedInputFolder() throws Exception {
        Files.writeString(items.resolve("a.txt"), "a");
        Path linked = Files.createSymbolicLink(work.resolve("linked-items"), items);

        assertThat(read(new InputFiles(false), linked)).singleElement().satisfies(input -> {
            assertThat(input.origin()).isEqualTo(linked.resolve("a.txt").toString());
            assertThat(input.refusal()).isNull();
        });
    }

    @Test
    void readsNothingOfAFileReplacedByALinkWhenRereadForAReplay() throws Exception {
        Path file = Files.createSymbolicLink(items.resolve("item.txt"), secret);

        InputFile input = InputFiles.readUnlinked(file);

        assertThat(input.refusal().kind()).isEqualTo(InputRefusal.Kind.UNREADABLE);
        assertThat(input.bytes()).isEmpty();
        assertThat(input.refusal().reason()).doesNotContain("root:");
    }
}

package dev.newsflow.language.model;

import dev.newsflow.language.script.HanVariants;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The compiled language models: one {@link NgramTable} per n-gram order (1 to 5) over the languages
 * of the scripts that several languages share, and the Han variant sets. {@link ModelCompiler}
 * writes them at build time into {@value #RESOURCE}; this class reads them. Immutable and
 * thread-safe.
 *
 * <p>File layout (big-endian): magic, format version; language count and codes; the Simplified-only
 * and Traditional-only code points; then per order the {@link NgramTable} as laid out in memory.
 */
public final class NgramModel {

    static final String RESOURCE = "ngrams.bin";
    static final int MAGIC = 0x4E464C47; // "NFLG"
    static final int FORMAT_VERSION = 4;
    static final int MAX_ORDER = 5;
    /** Costs are −ln P in units of 1/16: fine enough for scoring, and one byte up to P ≈ 10⁻⁷. */
    static final double COST_SCALE = 16;

    private final List<String> languages;
    private final NgramTable[] tables;
    private final HanVariants hanVariants;

    private NgramModel(List<String> languages, NgramTable[] tables, HanVariants hanVariants) {
        this.languages = languages;
        this.tables = tables;
        this.hanVariants = hanVariants;
    }

    /** The models bundled in this jar. */
    public static NgramModel bundled() {
        try (InputStream in = NgramModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " next to " + NgramModel.class.getName()
                        + ": the build's compile-language-models step did not run");
            }
            // Streamed into the tables' arrays: reading the whole file first would hold it twice (68 MB and its copy).
            return read(new DataInputStream(new BufferedInputStream(in, 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NgramModel read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT_VERSION) {
            throw new IllegalStateException(RESOURCE + " has another format: rebuild the language module");
        }
        String[] codes = new String[in.readInt()];
        for (int i = 0; i < codes.length; i++) {
            byte[] code = new byte[in.readByte()];
            in.readFully(code);
            codes[i] = new String(code, java.nio.charset.StandardCharsets.US_ASCII);
        }
        HanVariants variants = HanVariants.of(ints(in), ints(in));
        NgramTable[] tables = new NgramTable[MAX_ORDER + 1];
        for (int order = 1; order <= MAX_ORDER; order++) {
            tables[order] = NgramTable.read(in, codes.length);
        }
        return new NgramModel(List.of(codes), tables, variants);
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    /** The modelled languages (ISO 639-1); a language's id is its index here. */
    public List<String> languages() {
        return languages;
    }

    public HanVariants hanVariants() {
        return hanVariants;
    }

    NgramTable table(int order) {
        return tables[order];
    }
}

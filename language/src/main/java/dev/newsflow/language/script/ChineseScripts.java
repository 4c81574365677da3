package dev.newsflow.language.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Converts Traditional Chinese text to Simplified as ICU's {@code Traditional-Simplified}
 * transliterator does, word-level exceptions included (著名 stays 著名): the search-ready copy of a
 * {@code zh-Hant} segment. The conversion runs from {@link SimplifiedTable}, ICU's rules compiled at
 * build time, loaded at first use and shared by every thread.
 */
public final class ChineseScripts {

    static final String TRADITIONAL_TO_SIMPLIFIED = "Traditional-Simplified";
    static final String SIMPLIFIED_TO_TRADITIONAL = "Simplified-Traditional";

    /** The table the build writes beside this class (language/pom.xml, ModelCompiler). */
    static final String TABLE_RESOURCE = "traditional-to-simplified.txt";

    private ChineseScripts() {}

    /** Loaded on first use: a process that never meets Traditional Chinese never reads it. */
    private static final class Table {
        static final SimplifiedTable INSTANCE = load();

        private static SimplifiedTable load() {
            try (InputStream in = ChineseScripts.class.getResourceAsStream(TABLE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(TABLE_RESOURCE + " is not on the class path: the language module's build writes it");
                }
                return SimplifiedTable.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static String toSimplified(String traditional) {
        return Table.INSTANCE.toSimplified(traditional);
    }
}

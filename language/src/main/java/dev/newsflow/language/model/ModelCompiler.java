package dev.newsflow.language.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.newsflow.language.script.HanVariants;
import dev.newsflow.language.script.SimplifiedTable;
import dev.newsflow.language.script.WritingSystem;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Build-time step: compiles Lingua's n-gram models (Apache-2.0 JSON in the lingua jar, on the build
 * class path only) into the compact {@link NgramModel} file. Lingua's own in-memory form needs about
 * 1.5 GB for all five orders; this keeps each (n-gram, language) pair in 2 bytes, drops n-grams seen
 * only once in a language's training text for orders 4 and 5 (the bulk of the data and the least
 * reliable evidence), and models only languages that share a script with others: the rest are
 * decided by their script.
 *
 * <p>It also writes the Traditional→Simplified table ({@link SimplifiedTable}) from ICU's rules, so
 * that the run time converts with a lookup instead of ICU's rule engine.
 *
 * <p>Usage: {@code ModelCompiler OUTPUT_FILE TABLE_FILE}. Skips each while it has the current format
 * version.
 */
public final class ModelCompiler {

    private static final String[] FILES = {null, "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};
    /** Per order, the least count an n-gram needs in a language's training text to be kept. */
    private static final int[] MIN_COUNT = {0, 1, 1, 1, 2, 2};
    /** An n-gram a language's model lacks costs a little more than its rarest kept one (1/16 nat units). */
    private static final int MISSING_MARGIN = 16;

    private ModelCompiler() {}

    public static void main(String[] args) throws IOException {
        writeSimplifiedTable(Path.of(args[1]));
        Path output = Path.of(args[0]);
        if (isCurrent(output)) {
            return;
        }
        long started = System.nanoTime();
        List<String> languages = modelledLanguages();
        Files.createDirectories(output.getParent());
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            out.writeInt(NgramModel.MAGIC);
            out.writeInt(NgramModel.FORMAT_VERSION);
            out.writeInt(languages.size());
            for (String language : languages) {
                out.writeByte(language.length());
                out.write(language.getBytes(StandardCharsets.US_ASCII));
            }
            HanVariants variants = HanVariants.fromIcu();
            writeInts(out, variants.simplifiedCodePoints());
            writeInts(out, variants.traditionalCodePoints());
            for (int order = 1; order <= NgramModel.MAX_ORDER; order++) {
                compileOrder(order, languages).write(out);
            }
        }
        Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("language models: %d languages, %d bytes, %d ms%n",
                languages.size(), Files.size(output), (System.nanoTime() - started) / 1_000_000);
    }

    private static void writeSimplifiedTable(Path table) throws IOException {
        if (Files.exists(table)) {
            try (BufferedReader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
                if (SimplifiedTable.HEADER.equals(in.readLine())) {
                    return;
                }
            }
        }
        List<String[]> rules = SimplifiedTable.rulesFromIcu();
        Files.createDirectories(table.getParent());
        Path partial = table.resolveSibling(table.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            SimplifiedTable.write(rules, out);
        }
        Files.move(partial, table, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("traditional-to-simplified table: %d rules, %d bytes%n", rules.size(), Files.size(table));
    }

    /** The languages of the scripts that several languages share, in a stable order. */
    private static List<String> modelledLanguages() {
        List<String> languages = new ArrayList<>();
        for (WritingSystem system : WritingSystem.values()) {
            if (!system.isSingleLanguage()) {
                languages.addAll(system.languages());
            }
        }
        return languages;
    }

    private static boolean isCurrent(Path output) throws IOException {
        if (!Files.exists(output)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(output))) {
            return in.readInt() == NgramModel.MAGIC && in.readInt() == NgramModel.FORMAT_VERSION;
        }
    }

    private static NgramTable compileOrder(int order, List<String> languages) throws IOException {
        Postings postings = new Postings();
        int[] missing = new int[languages.size()];
        JsonFactory json = new JsonFactory();
        for (int id = 0; id < languages.size(); id++) {
            String resource = "language-models/" + languages.get(id) + "/" + FILES[order] + ".json";
            try (InputStream in = ModelCompiler.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("no " + resource + " on the class path: is lingua a build dependency?");
                }
                missing[id] = readModel(json.createParser(in), order, id, postings) + MISSING_MARGIN;
            }
        }
        return postings.toTable(missing);
    }

    /** Adds one language's n-grams of one order; returns the highest cost kept. */
    private static int readModel(JsonParser parser, int order, int language, Postings postings) throws IOException {
        int highestCost = 0;
        while (parser.nextToken() != null) {
            if (parser.currentToken() == JsonToken.FIELD_NAME && "ngrams".equals(parser.currentName())) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String fraction = parser.currentName();
                    parser.nextToken();
                    int slash = fraction.indexOf('/');
                    long count = Long.parseLong(fraction.substring(0, slash));
                    double probability = count / Double.parseDouble(fraction.substring(slash + 1));
                    if (count < MIN_COUNT[order]) {
                        continue;
                    }
                    int cost = (int) Math.min(255, Math.round(-Math.log(probability) * NgramModel.COST_SCALE));
                    highestCost = Math.max(highestCost, cost);
                    for (String ngram : parser.getText().split(" ")) {
                        if (ngram.length() == order) {
                            postings.add(NgramKey.of(ngram, 0, order), language, cost);
                        }
                    }
                }
            }
        }
        return highestCost;
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
    }

    /** (key, language, cost) triples in primitive arrays: millions of them, no boxing. */
    private static final class Postings {
        private long[] keys = new long[1 << 16];
        private byte[] languages = new byte[1 << 16];
        private byte[] costs = new byte[1 << 16];
        private int size;

        void add(long key, int language, int cost) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                languages = Arrays.copyOf(languages, size * 2);
                costs = Arrays.copyOf(costs, size * 2);
            }
            keys[size] = key;
            languages[size] = (byte) language;
            costs[size] = (byte) cost;
            size++;
        }

        /** Groups the triples by key: distinct sorted keys, and each key's pairs contiguous. */
        NgramTable toTable(int[] missing) {
            long[] distinct = Arrays.copyOf(keys, size);
            Arrays.sort(distinct);
            int unique = 0;
            for (int i = 0; i < distinct.length; i++) {
                if (i == 0 || distinct[i] != distinct[i - 1]) {
                    distinct[unique++] = distinct[i];
                }
            }
            distinct = Arrays.copyOf(distinct, unique);
            int[] index = new int[size];
            int[] perKey = new int[unique];
            for (int i = 0; i < size; i++) {
                index[i] = Arrays.binarySearch(distinct, keys[i]);
                perKey[index[i]]++;
            }
            int[] next = new int[unique];
            for (int k = 1; k < unique; k++) {
                next[k] = next[k - 1] + perKey[k - 1];
            }
            byte[] groupedLanguages = new byte[size];
            byte[] groupedCosts = new byte[size];
            for (int i = 0; i < size; i++) {
                int at = next[index[i]]++;
                groupedLanguages[at] = languages[i];
                groupedCosts[at] = costs[i];
            }
            byte[] counts = new byte[unique];
            for (int k = 0; k < unique; k++) {
                counts[k] = (byte) perKey[k];
            }
            return NgramTable.build(distinct, counts, groupedLanguages, groupedCosts, missing);
        }
    }
}

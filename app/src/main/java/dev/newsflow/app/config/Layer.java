package dev.newsflow.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One source of configuration values, laid over the ones before it: the file, the environment or
 * the command line. Each entry sets one key (dotted; "" is the whole document) and says where it
 * came from, for error messages and {@code newsflow config print --origins}.
 */
final class Layer {

    /** @param origin e.g. {@code env NEWSFLOW_SINK_BATCH_SIZE}, {@code flag}, or the file's path */
    record Entry(String key, JsonNode value, String origin) {}

    private final List<Entry> entries = new ArrayList<>();

    void add(String key, JsonNode value, String origin) {
        entries.add(new Entry(key, value, origin));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }
}

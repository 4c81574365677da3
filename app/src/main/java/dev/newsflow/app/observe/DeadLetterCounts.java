package dev.newsflow.app.observe;

import dev.newsflow.app.dlq.LoggedDeadLetter;
import dev.newsflow.core.observe.StageMeters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Dead letters on the topic, counted by stage and reason (the error class), with how many were replayed. */
public final class DeadLetterCounts {

    /** One stage's dead letters for one reason. */
    public record Count(String stage, String reason, long total, long replayed) {}

    private DeadLetterCounts() {}

    public static List<Count> of(List<LoggedDeadLetter> letters) {
        Map<List<String>, long[]> counts = new TreeMap<>(Comparator.<List<String>, String>comparing(key -> key.get(0))
                .thenComparing(key -> key.get(1)));
        for (LoggedDeadLetter logged : letters) {
            String stage = logged.letter().stage() == null ? StageMeters.UNKNOWN : logged.letter().stage();
            long[] count = counts.computeIfAbsent(List.of(stage, StageMeters.reasonLabel(logged.letter().errorClass())),
                    key -> new long[2]);
            count[0]++;
            count[1] += logged.replayed() ? 1 : 0;
        }
        return counts.entrySet().stream()
                .map(entry -> new Count(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()[0], entry.getValue()[1]))
                .toList();
    }
}

package dev.newsflow.app.dlq;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Which dead letters an operator means: by stage, by a regular expression on the reason (error
 * class or message), and by time. A null criterion matches everything.
 */
public record DeadLetterFilter(String stage, Pattern reason, Instant since, Instant until) {

    public boolean matches(LoggedDeadLetter logged) {
        var letter = logged.letter();
        return (stage == null || stage.equalsIgnoreCase(letter.stage()))
                && (reason == null || reason.matcher(letter.errorClass() + ": " + letter.errorMessage()).find())
                && (since == null || (letter.time() != null && !letter.time().isBefore(since)))
                && (until == null || (letter.time() != null && letter.time().isBefore(until)));
    }
}

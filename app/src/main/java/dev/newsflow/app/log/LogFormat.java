package dev.newsflow.app.log;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * How log lines on stderr look: {@code plain} lines for people (the default, as {@code logback.xml}
 * sets it up), or {@code json}, one JSON object per line for a log shipper. Switched at run time,
 * once the configuration is known, by swapping the encoder of the one stderr appender.
 */
public enum LogFormat {
    PLAIN,
    JSON;

    /** The pattern of plain lines; the same as in {@code logback.xml}. */
    private static final String PLAIN_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSZ} [%thread] %level %logger{0} - %msg%n";
    private static final String APPENDER = "stderr";
    /** What logback.xml starts with; swapping only on a change keeps lines of other threads from meeting a stopped appender. */
    private static LogFormat applied = PLAIN;

    @JsonCreator
    public static LogFormat parse(String text) {
        for (LogFormat format : values()) {
            if (format.name().equalsIgnoreCase(text.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("not a log format: '" + text + "' (plain or json)");
    }

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Makes every further log line of this process use this format. */
    public void apply() {
        synchronized (LogFormat.class) {
            if (applied != this && swapEncoder()) {
                applied = this;
            }
        }
    }

    private boolean swapEncoder() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return false; // another SLF4J backend (a test classpath of another module): leave it alone
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (!(root.getAppender(APPENDER) instanceof OutputStreamAppender<ILoggingEvent> appender)) {
            return false;
        }
        Encoder<ILoggingEvent> encoder = this == JSON ? json(context) : plain(context);
        appender.stop();
        appender.setEncoder(encoder);
        appender.start();
        return true;
    }

    private static Encoder<ILoggingEvent> json(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        // The message with its arguments filled in is what a reader searches; the raw template stays too, for grouping.
        encoder.setWithFormattedMessage(true);
        // The arguments are in the formatted message already.
        encoder.setWithArguments(false);
        // The logger context's name and properties are the same on every line: noise.
        encoder.setWithContext(false);
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> plain(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PLAIN_PATTERN);
        encoder.start();
        return encoder;
    }
}

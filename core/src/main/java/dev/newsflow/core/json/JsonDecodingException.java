package dev.newsflow.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

/** Bytes that are not a valid JSON event of the expected type. The message is one line. */
public final class JsonDecodingException extends RuntimeException {

    public JsonDecodingException(Class<?> type, IOException cause) {
        super("not a valid " + type.getSimpleName() + " JSON event: " + oneLine(cause), cause);
    }

    private static String oneLine(IOException cause) {
        String message = cause instanceof JsonProcessingException json ? json.getOriginalMessage() : cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }
}

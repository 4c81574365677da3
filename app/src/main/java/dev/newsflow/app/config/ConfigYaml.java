package dev.newsflow.app.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The one YAML mapper of the configuration: kebab-case keys, durations as operators write them
 * ({@code 200ms}, {@code 5m}, {@code PT15M}), paths as plain strings, bind addresses as IP literals
 * ({@link BindAddress}), unknown keys refused.
 */
final class ConfigYaml {

    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .registerModule(new SimpleModule("newsflow-config")
                    .addDeserializer(Duration.class, new DurationDeserializer())
                    .addSerializer(Duration.class, new DurationSerializer())
                    .addDeserializer(InetAddress.class, new BindAddressDeserializer())
                    .addSerializer(InetAddress.class, new BindAddressSerializer())
                    // Jackson writes a Path as a file: URI; an operator wrote a path.
                    .addSerializer(Path.class, new ToStringSerializer(Path.class)));

    private ConfigYaml() {}

    /** The YAML document in {@code file}; an empty file is an empty mapping. */
    static JsonNode read(Path file) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": no such file");
        }
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            return node == null || node.isMissingNode() ? MAPPER.createObjectNode() : node;
        } catch (IOException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static final class DurationDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return Quantities.duration(parser.getValueAsString());
        }
    }

    private static final class BindAddressDeserializer extends JsonDeserializer<InetAddress> {
        @Override
        public InetAddress deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return BindAddress.parse(parser.getValueAsString());
        }
    }

    private static final class BindAddressSerializer extends JsonSerializer<InetAddress> {
        @Override
        public void serialize(InetAddress value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.getHostAddress());
        }
    }

    private static final class DurationSerializer extends JsonSerializer<Duration> {
        @Override
        public void serialize(Duration value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(Quantities.format(value));
        }
    }
}

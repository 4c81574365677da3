package dev.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.internals.Topic;
import org.junit.jupiter.api.Test;

class UniqueNameTest {

    @Test
    void shouldStartWithPrefixAndBeLegalTopicName() {
        String name = TestKafka.uniqueName("raw-articles");

        assertThat(name).startsWith("raw-articles-");
        assertThatNoException().isThrownBy(() -> Topic.validate(name));
    }

    @Test
    void shouldNeverRepeatWithinJvm() {
        Set<String> names = IntStream.range(0, 1000).mapToObj(i -> TestKafka.uniqueName("t")).collect(Collectors.toSet());

        assertThat(names).hasSize(1000);
    }
}

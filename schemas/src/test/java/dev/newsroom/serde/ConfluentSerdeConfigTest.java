package dev.newsroom.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ConfluentSerdeConfigTest {

    @Test
    void defaultsAreConfluents() {
        ConfluentSerdeConfig config = ConfluentSerdeConfig.from(Map.of("schema.registry.url", "http://localhost:8081/"));
        assertThat(config).isEqualTo(new ConfluentSerdeConfig("http://localhost:8081/", true, false, false));
    }

    @Test
    void readsStringsAndBooleans() {
        ConfluentSerdeConfig config = ConfluentSerdeConfig.from(Map.of("schema.registry.url", "https://registry:8081",
                "auto.register.schemas", "FALSE", "use.latest.version", true, "specific.avro.reader", " true ",
                "value.subject.name.strategy", "io.confluent.kafka.serializers.subject.TopicNameStrategy",
                "bootstrap.servers", "ignored:9092"));
        assertThat(config).isEqualTo(new ConfluentSerdeConfig("https://registry:8081", false, true, true));
    }

    @Test
    void missingUrlSaysWhereToSetIt() {
        assertThatThrownBy(() -> ConfluentSerdeConfig.from(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url is not set")
                .hasMessageContaining("spring.kafka.producer.properties.schema.registry.url");
    }

    @Test
    void badValuesAreExplained() {
        assertThatThrownBy(() -> ConfluentSerdeConfig.from(Map.of("schema.registry.url", "localhost:8081")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http://localhost:8081");
        assertThatThrownBy(() -> ConfluentSerdeConfig.from(Map.of("schema.registry.url", "http://a:1,http://b:2")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("single URL");
        assertThatThrownBy(() -> ConfluentSerdeConfig.from(Map.of("schema.registry.url", "http://a:1",
                "auto.register.schemas", "yes")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("auto.register.schemas").hasMessageContaining("true or false");
        assertThatThrownBy(() -> ConfluentSerdeConfig.from(Map.of("schema.registry.url", "http://a:1",
                "use.latest.version", "true")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("auto.register.schemas=false");
        assertThatThrownBy(() -> ConfluentSerdeConfig.from(Map.of("schema.registry.url", "http://a:1",
                "value.subject.name.strategy", "io.confluent.kafka.serializers.subject.RecordNameStrategy")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("only TopicNameStrategy");
    }

    @Test
    void unconfiguredSerdesSaySo() {
        assertThatThrownBy(() -> new ConfluentAvroSerializer<>().serialize("t", SampleEvents.retracted()))
                .hasMessageContaining("not configured");
        assertThatThrownBy(() -> new ConfluentAvroDeserializer<>().deserialize("t", new byte[] {0, 0, 0, 0, 1}))
                .hasMessageContaining("not configured");
    }
}

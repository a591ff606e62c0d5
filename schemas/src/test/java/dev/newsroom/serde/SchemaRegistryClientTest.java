package dev.newsroom.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;

import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaRegistryClientTest {

    static final Schema V1 = new Schema.Parser().parse(
            "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}");
    static final Schema V2_REQUIRED = new Schema.Parser().parse(
            "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"b\",\"type\":\"int\"}]}");

    InProcessRegistry registry;
    SchemaRegistryClient client;

    @BeforeEach
    void start() {
        registry = new InProcessRegistry();
        client = new SchemaRegistryClient(registry.url() + "/");
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void registerLookUpAndFetch() {
        int id = client.register("r-value", V1);
        assertThat(client.register("r-value", V1)).isEqualTo(id);
        SchemaRegistryClient fresh = new SchemaRegistryClient(registry.url());
        assertThat(fresh.idOf("r-value", V1)).isEqualTo(id);
        assertThat(fresh.schemaById(id)).isEqualTo(V1);
        SchemaRegistryClient.SubjectVersion latest = fresh.latestVersion("r-value");
        assertThat(latest).isEqualTo(new SchemaRegistryClient.SubjectVersion("r-value", 1, id, V1));
    }

    @Test
    void compatibility() {
        assertThat(client.checkCompatibility("r-value", V2_REQUIRED).compatible()).isTrue();
        client.register("r-value", V1);
        SchemaRegistryClient.Compatibility answer = client.checkCompatibility("r-value", V2_REQUIRED);
        assertThat(answer.compatible()).isFalse();
        assertThat(answer.messages()).anySatisfy(m -> assertThat(m).contains("b"));
    }

    @Test
    void errorsCarryConfluentCodes() {
        assertThatThrownBy(() -> client.schemaById(4242))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("HTTP 404, error 40403")
                .hasMessageContaining("/schemas/ids/4242")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> client.latestVersion("nope"))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(40401));
        client.register("r-value", V1);
        assertThatThrownBy(() -> client.register("r-value", V2_REQUIRED))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(409));
    }

    @Test
    void unreachableRegistry() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        SchemaRegistryClient nowhere = new SchemaRegistryClient("http://localhost:" + freePort, Duration.ofSeconds(2));
        assertThatThrownBy(() -> nowhere.schemaById(1))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("Could not reach the schema registry at http://localhost:" + freePort)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode())
                        .isEqualTo(SchemaRegistryException.UNREACHABLE));
    }
}

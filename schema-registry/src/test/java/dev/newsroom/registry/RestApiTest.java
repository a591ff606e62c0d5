package dev.newsroom.registry;

import static dev.newsroom.registry.RegistryHttp.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Confluent REST subset, endpoint by endpoint, on the in-memory store. */
class RestApiTest {

    static final String V1 = """
            {"type":"record","name":"Quote","namespace":"test","fields":[
              {"name":"speaker","type":"string"}]}""";
    /** V1 plus an optional field: backward and forward compatible. */
    static final String V2 = """
            {"type":"record","name":"Quote","namespace":"test","fields":[
              {"name":"speaker","type":"string"},
              {"name":"via","type":["null","string"],"default":null}]}""";
    /** A new required field without default: cannot read V1 data. */
    static final String V3_REQUIRED = """
            {"type":"record","name":"Quote","namespace":"test","fields":[
              {"name":"speaker","type":"string"},
              {"name":"stance","type":"double"}]}""";
    static final String OTHER = """
            {"type":"record","name":"Article","namespace":"test","fields":[{"name":"id","type":"long"}]}""";

    InMemorySchemaStore store = new InMemorySchemaStore();
    SchemaRegistryServer server;
    RegistryHttp http;

    @BeforeEach
    void start() {
        server = SchemaRegistryServer.start(new RegistryConfig(null, "localhost", 0, "_schemas"), store);
        http = new RegistryHttp(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    int register(String subject, String schema) {
        RegistryHttp.Reply reply = http.post("/subjects/" + subject + "/versions", schemaBody(schema));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body().get("id").asInt();
    }

    @Test
    void rootAndTypes() {
        assertThat(server.url()).matches("http://localhost:\\d+");
        RegistryHttp.Reply root = http.get("/");
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.body().isObject()).isTrue();
        assertThat(root.body().isEmpty()).isTrue();
        assertThat(root.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(http.get("/schemas/types").body().toString()).isEqualTo("[\"AVRO\"]");
    }

    @Test
    void registerIsIdempotentAndIdsAreGlobal() {
        int id = register("quotes-value", V1);
        assertThat(register("quotes-value", V1)).isEqualTo(id);
        assertThat(http.get("/subjects/quotes-value/versions").body().toString()).isEqualTo("[1]");
        // the same schema under another subject keeps its id; a different schema gets a new one
        assertThat(register("other-value", V1)).isEqualTo(id);
        int other = register("articles-value", OTHER);
        assertThat(other).isNotEqualTo(id);
        int v2 = register("quotes-value", V2);
        assertThat(v2).isNotIn(id, other);
        assertThat(http.get("/subjects/quotes-value/versions").body().toString()).isEqualTo("[1,2]");
        assertThat(http.get("/subjects").body().toString())
                .isEqualTo("[\"articles-value\",\"other-value\",\"quotes-value\"]");
    }

    @Test
    void schemaById() {
        int id = register("quotes-value", V1);
        JsonNode body = http.get("/schemas/ids/" + id).body();
        assertThat(new Schema.Parser().parse(body.get("schema").asString()))
                .isEqualTo(new Schema.Parser().parse(V1));
        assertThat(new Schema.Parser().parse(http.get("/schemas/ids/" + id + "/schema").body().toString()))
                .isEqualTo(new Schema.Parser().parse(V1));
        assertThat(http.get("/schemas/ids/" + id + "/versions").body().toString())
                .isEqualTo("[{\"subject\":\"quotes-value\",\"version\":1}]");
        assertThat(http.get("/schemas/ids/" + id + "/subjects").body().toString()).isEqualTo("[\"quotes-value\"]");

        RegistryHttp.Reply missing = http.get("/schemas/ids/999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo(40403);
        assertThat(missing.body().get("message").asString()).contains("999");
    }

    @Test
    void versionsOfASubject() {
        int id1 = register("quotes-value", V1);
        int id2 = register("quotes-value", V2);
        JsonNode first = http.get("/subjects/quotes-value/versions/1").body();
        assertThat(first.get("subject").asString()).isEqualTo("quotes-value");
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("id").asInt()).isEqualTo(id1);
        JsonNode latest = http.get("/subjects/quotes-value/versions/latest").body();
        assertThat(latest.get("version").asInt()).isEqualTo(2);
        assertThat(latest.get("id").asInt()).isEqualTo(id2);
        assertThat(http.get("/subjects/quotes-value/versions/-1").body().get("version").asInt()).isEqualTo(2);
        assertThat(new Schema.Parser().parse(http.get("/subjects/quotes-value/versions/2/schema").body().toString()))
                .isEqualTo(new Schema.Parser().parse(V2));

        assertError(http.get("/subjects/nope/versions"), 404, 40401);
        assertError(http.get("/subjects/nope/versions/latest"), 404, 40401);
        assertError(http.get("/subjects/quotes-value/versions/7"), 404, 40402);
        assertError(http.get("/subjects/quotes-value/versions/zero"), 422, 42202);
        assertError(http.get("/subjects/quotes-value/versions/0"), 422, 42202);
    }

    @Test
    void lookUpASchemaUnderASubject() {
        int id = register("quotes-value", V1);
        RegistryHttp.Reply found = http.post("/subjects/quotes-value", schemaBody(V1));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("id").asInt()).isEqualTo(id);
        assertThat(found.body().get("version").asInt()).isEqualTo(1);
        assertThat(found.body().get("subject").asString()).isEqualTo("quotes-value");

        assertError(http.post("/subjects/quotes-value", schemaBody(V2)), 404, 40403);
        assertError(http.post("/subjects/nope", schemaBody(V1)), 404, 40401);
    }

    @Test
    void invalidSchemasAreRefused() {
        assertError(http.post("/subjects/s/versions", schemaBody("{\"type\":\"record\",\"name\":\"X\"}")), 422, 42201);
        assertError(http.post("/subjects/s/versions", schemaBody("not json")), 422, 42201);
        assertError(http.post("/subjects/s/versions", "{}"), 422, 42201);
        RegistryHttp.Reply protobuf = http.post("/subjects/s/versions",
                "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\";\"}");
        assertError(protobuf, 422, 42201);
        assertThat(protobuf.body().get("message").asString()).contains("PROTOBUF");
        assertThat(http.post("/subjects/s/versions",
                "{\"schemaType\":\"AVRO\",\"schema\":\"\\\"string\\\"\"}").status()).isEqualTo(200);
        assertError(http.post("/subjects/s/versions", "{not json"), 400, 400);
    }

    @Test
    void incompatibleSchemaIsRefusedWith409() {
        register("quotes-value", V1);
        RegistryHttp.Reply refused = http.post("/subjects/quotes-value/versions", schemaBody(V3_REQUIRED));
        assertError(refused, 409, 409);
        assertThat(refused.body().get("message").asString())
                .contains("incompatible", "quotes-value", "stance");
        assertThat(http.get("/subjects/quotes-value/versions").body().toString()).isEqualTo("[1]");
    }

    @Test
    void compatibilityCheck() {
        register("quotes-value", V1);
        JsonNode ok = http.post("/compatibility/subjects/quotes-value/versions/latest", schemaBody(V2)).body();
        assertThat(ok.get("is_compatible").asBoolean()).isTrue();
        JsonNode bad = http.post("/compatibility/subjects/quotes-value/versions/1?verbose=true",
                schemaBody(V3_REQUIRED)).body();
        assertThat(bad.get("is_compatible").asBoolean()).isFalse();
        assertThat(bad.get("messages").get(0).asString()).contains("stance");
        assertThat(http.post("/compatibility/subjects/quotes-value/versions", schemaBody(V3_REQUIRED))
                .body().get("is_compatible").asBoolean()).isFalse();
        // nothing registered yet: anything is compatible with the (absent) latest version
        assertThat(http.post("/compatibility/subjects/new-value/versions/latest", schemaBody(V3_REQUIRED))
                .body().get("is_compatible").asBoolean()).isTrue();
        assertError(http.post("/compatibility/subjects/quotes-value/versions/9", schemaBody(V2)), 404, 40402);
        assertError(http.post("/compatibility/subjects/nope/versions/1", schemaBody(V2)), 404, 40401);
    }

    @Test
    void compatibilityLevels() {
        assertThat(http.get("/config").body().get("compatibilityLevel").asString()).isEqualTo("BACKWARD");
        assertError(http.get("/config/quotes-value"), 404, 40408);
        assertThat(http.get("/config/quotes-value?defaultToGlobal=true").body().get("compatibilityLevel").asString())
                .isEqualTo("BACKWARD");
        assertError(http.put("/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);

        register("quotes-value", V1);
        RegistryHttp.Reply put = http.put("/config/quotes-value", "{\"compatibility\":\"NONE\"}");
        assertThat(put.body().get("compatibility").asString()).isEqualTo("NONE");
        assertThat(http.get("/config/quotes-value").body().get("compatibilityLevel").asString()).isEqualTo("NONE");
        register("quotes-value", V3_REQUIRED);

        // FORWARD: old readers must read new data; dropping a field they need (no default) breaks that
        assertThat(http.put("/config", "{\"compatibility\":\"FORWARD\"}").status()).isEqualTo(200);
        register("forward-value", V3_REQUIRED);
        assertError(http.post("/subjects/forward-value/versions", schemaBody(V1)), 409, 409);
        assertThat(http.delete("/config/quotes-value").body().get("compatibilityLevel").asString())
                .isEqualTo("NONE");
        assertError(http.get("/config/quotes-value"), 404, 40408);
    }

    @Test
    void transitiveLevelsCheckEveryVersion() {
        String a = "{\"type\":\"record\",\"name\":\"T\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}";
        String b = "{\"type\":\"record\",\"name\":\"T\",\"fields\":[]}";
        String c = "{\"type\":\"record\",\"name\":\"T\",\"fields\":[{\"name\":\"a\",\"type\":\"string\",\"default\":\"x\"}]}";
        http.put("/config/t-value", "{\"compatibility\":\"BACKWARD\"}");
        register("t-value", a);
        register("t-value", b);
        register("t-value", c); // c reads b (a defaulted), but not a (int a is not a string)
        http.put("/config/t2-value", "{\"compatibility\":\"BACKWARD_TRANSITIVE\"}");
        register("t2-value", a);
        register("t2-value", b);
        assertError(http.post("/subjects/t2-value/versions", schemaBody(c)), 409, 409);
    }

    @Test
    void softDeletes() {
        int id1 = register("quotes-value", V1);
        register("quotes-value", V2);
        assertThat(http.delete("/subjects/quotes-value/versions/2").body().asInt()).isEqualTo(2);
        assertError(http.delete("/subjects/quotes-value/versions/2"), 404, 40406);
        assertThat(http.get("/subjects/quotes-value/versions").body().toString()).isEqualTo("[1]");
        assertThat(http.get("/subjects/quotes-value/versions?deleted=true").body().toString()).isEqualTo("[1,2]");
        assertThat(http.get("/subjects/quotes-value/versions/latest").body().get("version").asInt()).isEqualTo(1);

        assertThat(http.delete("/subjects/quotes-value").body().toString()).isEqualTo("[1]");
        assertError(http.delete("/subjects/quotes-value"), 404, 40404);
        assertError(http.get("/subjects/quotes-value/versions"), 404, 40401);
        assertThat(http.get("/subjects").body().toString()).isEqualTo("[]");
        assertThat(http.get("/subjects?deleted=true").body().toString()).isEqualTo("[\"quotes-value\"]");
        // records written with a soft-deleted schema still decode
        assertThat(http.get("/schemas/ids/" + id1).status()).isEqualTo(200);
        assertThat(http.get("/schemas/ids/" + id1 + "/versions").body().toString()).isEqualTo("[]");
        assertThat(http.get("/schemas/ids/" + id1 + "/versions?deleted=true").body().toString())
                .isEqualTo("[{\"subject\":\"quotes-value\",\"version\":1}]");

        // registering again continues the version numbers and reuses the id
        assertThat(register("quotes-value", V1)).isEqualTo(id1);
        assertThat(http.get("/subjects/quotes-value/versions").body().toString()).isEqualTo("[3]");
    }

    @Test
    void permanentDeletesOnlyWhatWasSoftDeletedFirst() {
        int id1 = register("quotes-value", V1);
        int id2 = register("quotes-value", V2);
        RegistryHttp.Reply notFirst = http.delete("/subjects/quotes-value/versions/2?permanent=true");
        assertError(notFirst, 404, 40407);
        assertThat(notFirst.body().get("message").asString())
                .isEqualTo("Subject 'quotes-value' Version 2 was not deleted first before being permanently deleted");
        assertError(http.delete("/subjects/quotes-value?permanent=true"), 404, 40405);

        http.delete("/subjects/quotes-value/versions/2");
        assertThat(http.delete("/subjects/quotes-value/versions/2?permanent=true").body().asInt()).isEqualTo(2);
        assertError(http.get("/subjects/quotes-value/versions/2?deleted=true"), 404, 40402);
        assertError(http.get("/schemas/ids/" + id2), 404, 40403);
        assertError(http.delete("/subjects/quotes-value/versions/2?permanent=true"), 404, 40402);

        assertThat(http.delete("/subjects/quotes-value").body().toString()).isEqualTo("[1]");
        RegistryHttp.Reply again = http.delete("/subjects/quotes-value");
        assertError(again, 404, 40404);
        assertThat(again.body().get("message").asString()).contains("Set permanent=true to delete permanently");
        assertThat(http.delete("/subjects/quotes-value?permanent=true").body().toString()).isEqualTo("[1]");
        assertThat(http.get("/subjects?deleted=true").body().toString()).isEqualTo("[]");
        assertError(http.get("/schemas/ids/" + id1), 404, 40403);
        assertError(http.delete("/subjects/quotes-value?permanent=true"), 404, 40401);
    }

    @Test
    void allSchemasAreListedWithFilters() {
        register("quotes-value", V1);
        register("quotes-value", V2);
        register("articles-value", OTHER);
        http.delete("/subjects/quotes-value/versions/1");

        assertThat(http.get("/schemas").body()).extracting(v -> v.get("subject").asString() + "/" + v.get("version").asInt())
                .containsExactly("articles-value/1", "quotes-value/2");
        assertThat(http.get("/schemas?deleted=true").body()).extracting(v -> v.get("subject").asString() + "/" + v.get("version").asInt())
                .containsExactly("articles-value/1", "quotes-value/1", "quotes-value/2");
        assertThat(http.get("/schemas?subjectPrefix=quotes&deleted=true&latestOnly=true").body())
                .extracting(v -> v.get("subject").asString() + "/" + v.get("version").asInt())
                .containsExactly("quotes-value/2");
        assertThat(http.get("/schemas?offset=1&limit=1").body()).extracting(v -> v.get("subject").asString())
                .containsExactly("quotes-value");
        JsonNode first = http.get("/schemas").body().get(0);
        assertThat(first.has("id")).isTrue();
        assertThat(new Schema.Parser().parse(first.get("schema").asString())).isEqualTo(new Schema.Parser().parse(OTHER));
        assertError(http.get("/schemas?limit=many"), 400, 400);
    }

    @Test
    void referencedByListsNoSchemasForAVersionThatExists() {
        register("quotes-value", V1);
        assertThat(http.get("/subjects/quotes-value/versions/1/referencedby").body().toString()).isEqualTo("[]");
        assertThat(http.get("/subjects/quotes-value/versions/latest/referencedby").body().toString()).isEqualTo("[]");
        assertError(http.get("/subjects/quotes-value/versions/4/referencedby"), 404, 40402);
        assertError(http.get("/subjects/nope/versions/1/referencedby"), 404, 40401);
        assertError(http.get("/subjects/quotes-value/versions/zero/referencedby"), 422, 42202);
    }

    @Test
    void readOnlyModeRefusesChangesUntilReadWriteAgain() {
        register("quotes-value", V1);
        assertThat(http.get("/mode").body().toString()).isEqualTo("{\"mode\":\"READWRITE\"}");
        assertError(http.get("/mode/quotes-value"), 404, 40409);
        assertThat(http.get("/mode/quotes-value?defaultToGlobal=true").body().get("mode").asString()).isEqualTo("READWRITE");

        assertThat(http.put("/mode/quotes-value", jsonMode("READONLY")).body().get("mode").asString()).isEqualTo("READONLY");
        assertError(http.post("/subjects/quotes-value/versions", schemaBody(V2)), 422, 42205);
        assertError(http.delete("/subjects/quotes-value"), 422, 42205);
        assertThat(register("articles-value", OTHER)).isPositive();

        assertThat(http.delete("/mode/quotes-value").body().get("mode").asString()).isEqualTo("READONLY");
        assertThat(register("quotes-value", V2)).isPositive();

        assertThat(http.put("/mode", jsonMode("READONLY")).status()).isEqualTo(200);
        assertError(http.post("/subjects/other-value/versions", schemaBody(OTHER)), 422, 42205);
        assertError(http.put("/mode", jsonMode("SOMETIMES")), 422, 42204);
        assertError(http.put("/mode", jsonMode("IMPORT")), 422, 42205);
        http.put("/mode", jsonMode("READWRITE"));
        assertThat(register("other-value", OTHER)).isPositive();
    }

    static tools.jackson.databind.node.ObjectNode jsonMode(String mode) {
        return tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode().put("mode", mode);
    }

    @Test
    void unknownPathsAndMethods() {
        assertError(http.get("/nothing/here"), 404, 404);
        assertError(http.delete("/schemas/types"), 405, 405);
        assertError(http.put("/subjects/x/versions", schemaBody(V1)), 405, 405);
        assertError(http.get("/schemas/ids/abc"), 404, 40403);
    }

    @Test
    void subjectNamesAreUrlDecoded() {
        int id = register("news.statements%2Bextra-value", V1);
        assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"news.statements+extra-value\"]");
        assertThat(http.get("/subjects/news.statements%2Bextra-value/versions/1").body().get("id").asInt())
                .isEqualTo(id);
    }

    @Test
    void restartOnTheSameStoreServesTheSameIds() {
        int id1 = register("quotes-value", V1);
        int other = register("articles-value", OTHER);
        http.put("/config/quotes-value", "{\"compatibility\":\"FULL\"}");
        http.delete("/subjects/articles-value");
        http.put("/mode/other-value", jsonMode("READONLY"));
        server.close();

        server = SchemaRegistryServer.start(new RegistryConfig(null, "localhost", 0, "_schemas"), store);
        http = new RegistryHttp(server.url());
        assertThat(http.get("/subjects/quotes-value/versions/1").body().get("id").asInt()).isEqualTo(id1);
        assertThat(http.get("/schemas/ids/" + other).status()).isEqualTo(200);
        assertThat(http.get("/subjects").body().toString()).isEqualTo("[\"quotes-value\"]");
        assertThat(http.get("/config/quotes-value").body().get("compatibilityLevel").asString()).isEqualTo("FULL");
        assertThat(http.get("/mode/other-value").body().get("mode").asString()).isEqualTo("READONLY");
        // a new schema gets an id not used before
        assertThat(register("quotes-value", V2)).isNotIn(List.of(id1, other));
    }

    @Test
    void aTakenPortIsReportedClearly() {
        int port = Integer.parseInt(server.url().substring(server.url().lastIndexOf(':') + 1));
        assertThatThrownBy(() -> SchemaRegistryServer.start(
                new RegistryConfig(null, "localhost", port, "_schemas"), new InMemorySchemaStore()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Port " + port + " on localhost is already in use");
    }

    @Test
    void commandLineNeedsKafka() {
        assertThat(RegistryCommand.run(new String[] {"--port", "0"})).isEqualTo(2);
        assertThat(RegistryCommand.run(new String[] {"--kafka", "localhost:1", "--port", "many"})).isEqualTo(2);
    }

    static void assertError(RegistryHttp.Reply reply, int status, int errorCode) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        assertThat(reply.errorCode()).as(reply.body().toString()).isEqualTo(errorCode);
        assertThat(reply.body().get("message").asString()).isNotBlank();
    }
}

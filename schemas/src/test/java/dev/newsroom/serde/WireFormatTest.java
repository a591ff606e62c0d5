package dev.newsroom.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import dev.newsroom.events.RawArticle;
import dev.newsroom.registry.StoreRecord;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bytes on the wire, checked against Confluent's documented format: magic byte 0, the schema id as a
 * 4-byte big-endian int, then the Avro binary encoding (zig-zag varints, length-prefixed UTF-8 strings,
 * union branch index before the value).
 */
class WireFormatTest {

    static final Schema PING = new Schema.Parser().parse("""
            {"type":"record","name":"Ping","namespace":"wire.test","fields":[
              {"name":"seq","type":"int"},
              {"name":"delta","type":"long"},
              {"name":"text","type":"string"},
              {"name":"ok","type":"boolean"},
              {"name":"note","type":["null","string"]},
              {"name":"missing","type":["null","string"]}]}""");

    /** The registry hands out ids above the highest it holds: seed one so the next id uses all four bytes. */
    static final int SEEDED_ID = 0x01020304;

    static InProcessRegistry registry;

    @BeforeAll
    static void start() {
        registry = new InProcessRegistry();
        registry.store.append(new StoreRecord.SchemaVersion("seed-value", 1, SEEDED_ID, "\"string\"", false));
        registry.close();
        registry = new InProcessRegistry(registry.store);
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void knownRecordHasTheDocumentedBytes() {
        GenericRecord ping = new GenericData.Record(PING);
        ping.put("seq", 300);
        ping.put("delta", -2L);
        ping.put("text", "h\u00e9");
        ping.put("ok", true);
        ping.put("note", "x");
        ping.put("missing", null);

        ConfluentAvroSerializer<GenericRecord> serializer = new ConfluentAvroSerializer<>();
        serializer.configure(Map.of("schema.registry.url", registry.url()), false);
        byte[] bytes = serializer.serialize("pings", ping);

        byte[] expected = {
            0x00,                         // magic byte
            0x01, 0x02, 0x03, 0x05,       // schema id 0x01020305, big-endian: the first id after the seeded one
            (byte) 0xD8, 0x04,            // seq 300: zig-zag 600 = 0b100_1011000 -> 0xD8 0x04
            0x03,                         // delta -2: zig-zag 3
            0x06, 0x68, (byte) 0xC3, (byte) 0xA9, // text: length 3 (zig-zag 6), 'h', 'é' in UTF-8
            0x01,                         // ok: true
            0x02, 0x02, 0x78,             // note: union branch 1 (zig-zag 2), length 1 (zig-zag 2), 'x'
            0x00                          // missing: union branch 0, null has no bytes
        };
        assertThat(bytes).isEqualTo(expected);

        ConfluentAvroDeserializer<GenericRecord> deserializer = new ConfluentAvroDeserializer<>();
        deserializer.configure(Map.of("schema.registry.url", registry.url()), false);
        GenericRecord back = deserializer.deserialize("pings", expected);
        assertThat(back.get("seq")).isEqualTo(300);
        assertThat(back.get("delta")).isEqualTo(-2L);
        assertThat(back.get("text").toString()).isEqualTo("h\u00e9");
        assertThat(back.get("ok")).isEqualTo(true);
        assertThat(back.get("note").toString()).isEqualTo("x");
        assertThat(back.get("missing")).isNull();
    }

    @Test
    void eventBodyIsPlainAvroBinary() throws Exception {
        RawArticle article = SampleEvents.article();
        ConfluentAvroSerializer<RawArticle> serializer = new ConfluentAvroSerializer<>(
                new SchemaRegistryClient(registry.url()), ConfluentSerdeConfig.forRegistry(registry.url()));
        byte[] bytes = serializer.serialize("news.articles.raw", article);

        int id = new SchemaRegistryClient(registry.url()).idOf("news.articles.raw-value", RawArticle.getClassSchema());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(new byte[] {0, (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id});
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(expected, null);
        new SpecificDatumWriter<>(RawArticle.class).write(article, encoder);
        encoder.flush();
        assertThat(bytes).isEqualTo(expected.toByteArray());
    }
}

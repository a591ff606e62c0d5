package dev.newsroom.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.newsroom.events.StatementEvent;
import org.junit.jupiter.api.Test;

/** One serializer and one deserializer shared by many threads, from a cold start. */
class ConcurrencyTest {

    @Test
    void sharedSerdesGiveTheSameBytesOnEveryThread() throws Exception {
        try (InProcessRegistry registry = new InProcessRegistry()) {
            Map<String, String> config = Map.of("schema.registry.url", registry.url(), "specific.avro.reader", "true");
            ConfluentAvroSerializer<StatementEvent> serializer = new ConfluentAvroSerializer<>();
            serializer.configure(config, false);
            ConfluentAvroDeserializer<StatementEvent> deserializer = new ConfluentAvroDeserializer<>();
            deserializer.configure(config, false);
            StatementEvent event = SampleEvents.extracted();

            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<byte[]>> results = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    Callable<byte[]> task = () -> {
                        byte[] bytes = serializer.serialize("news.statements", event);
                        assertThat(deserializer.deserialize("news.statements", bytes)).isEqualTo(event);
                        return bytes;
                    };
                    results.add(pool.submit(task));
                }
                byte[] first = results.get(0).get();
                for (Future<byte[]> result : results) {
                    assertThat(result.get()).isEqualTo(first);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(new RegistryRest(registry.url()).send("GET", "/subjects/news.statements-value/versions", null))
                    .isEqualTo("[1]");
        }
    }
}

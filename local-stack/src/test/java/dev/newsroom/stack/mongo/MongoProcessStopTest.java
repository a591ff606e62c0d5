package dev.newsroom.stack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mongo process as {@code ./newsroom up} runs it, stopped with SIGTERM or killed with SIGKILL while a client
 * writes: the next start must work and find what was acknowledged (after a kill, all but the writes of the last
 * autocommit second).
 */
class MongoProcessStopTest {

    private static final int CYCLES = Integer.getInteger("mongo.stopCycles", 3);
    private static final long KILL_LOSS_ALLOWANCE_MS = 2_500;

    @TempDir
    Path dataDir;

    @Test
    void sigtermAndSigkillWhileWritingLoseNoAcknowledgedWriteAndTheNextStartWorks() throws Exception {
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        for (int cycle = 0; cycle < 2 * CYCLES; cycle++) {
            boolean kill = cycle % 2 == 1;
            Process mongo = startMongo();
            String uri = awaitReady(mongo);
            try (MongoClient client = MongoClients.create(uri)) {
                assertPresent(client, acknowledged.keySet());
                Writer writer = new Writer(client, "c" + cycle, acknowledged);
                writer.start();
                Thread.sleep(kill ? 4_000 : 1_500);
                long signalled = System.currentTimeMillis();
                if (kill) {
                    mongo.destroyForcibly();
                } else {
                    mongo.destroy();
                }
                assertThat(mongo.waitFor(30, TimeUnit.SECONDS)).isTrue();
                writer.join(30_000);
                assertThat(writer.written).isGreaterThan(50);
                if (kill) {
                    acknowledged.values().removeIf(at -> at > signalled - KILL_LOSS_ALLOWANCE_MS);
                }
            }
        }
        Process mongo = startMongo();
        try (MongoClient client = MongoClients.create(awaitReady(mongo))) {
            assertPresent(client, acknowledged.keySet());
        } finally {
            mongo.destroy();
            mongo.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Inserts articles (unique index on their URL, read in full at every start) and keeps rewriting a few views. */
    private static final class Writer extends Thread {
        private final MongoClient client;
        private final String prefix;
        private final Map<String, Long> acknowledged;
        volatile int written;

        Writer(MongoClient client, String prefix, Map<String, Long> acknowledged) {
            this.client = client;
            this.prefix = prefix;
            this.acknowledged = acknowledged;
        }

        @Override
        public void run() {
            MongoCollection<Document> articles = articles(client);
            MongoCollection<Document> views = client.getDatabase("newsroom").getCollection("views");
            try {
                articles.createIndex(Indexes.ascending("url"), new IndexOptions().unique(true));
                for (int i = 0; ; i++) {
                    String id = prefix + "-" + i;
                    articles.insertOne(new Document("_id", id).append("url", "https://example.org/" + id)
                            .append("body", "x".repeat(300)));
                    acknowledged.put(id, System.currentTimeMillis());
                    views.replaceOne(Filters.eq("_id", "view-" + i % 7), new Document("_id", "view-" + i % 7)
                            .append("last", id).append("padding", "y".repeat(2_000)), new ReplaceOptions().upsert(true));
                    written = i + 1;
                }
            } catch (RuntimeException stopped) {
                // the server went away: that is the point
            }
        }
    }

    private static void assertPresent(MongoClient client, Set<String> ids) {
        Set<String> found = new HashSet<>();
        for (Document document : articles(client).find().projection(new Document("_id", 1))) {
            found.add(document.getString("_id"));
        }
        List<String> missing = ids.stream().filter(id -> !found.contains(id)).sorted().toList();
        assertThat(missing).as("acknowledged articles missing after a restart").isEmpty();
    }

    private static MongoCollection<Document> articles(MongoClient client) {
        return client.getDatabase("newsroom").getCollection("articles");
    }

    private Process startMongo() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", MongoMain.class.getName(), "--data", dataDir.toString(), "--host", "127.0.0.1", "--port", "0"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        return builder.start();
    }

    /** The connection string the process prints once it accepts connections; what it printed if it ended instead. */
    private static String awaitReady(Process process) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder printed = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.startsWith(MongoMain.READY)) {
                Thread drain = new Thread(() -> lines.lines().forEach(rest -> { }));
                drain.setDaemon(true);
                drain.start();
                return line.substring(MongoMain.READY.length());
            }
            printed.append(line).append('\n');
        }
        throw new AssertionError("mongo did not start:\n" + printed);
    }
}

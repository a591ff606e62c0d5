package dev.newsroom.store.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.store.StoreApplication;
import dev.newsroom.store.actors.ActorView;
import dev.newsroom.store.disputes.DisputeView;
import dev.newsroom.store.projection.StatementProjector;
import dev.newsroom.store.views.ViewCollections;
import dev.newsroom.store.views.ViewStore;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./newsroom bench-store}: projection throughput through the real projector into the Mongo-compatible
 * store, then API latency of the actor and dispute pages over HTTP with the views loaded.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Measure store-service: projection events/s and actor/dispute page latency p50/p99.")
public class StoreBench implements Callable<Integer> {

    @Option(names = "--statements", defaultValue = "100000", description = "statement events to project (default: ${DEFAULT-VALUE})")
    int statements;

    @Option(names = "--per-article", defaultValue = "20", description = "statements per article (default: ${DEFAULT-VALUE})")
    int perArticle;

    @Option(names = "--actors", defaultValue = "3000", description = "distinct actors (default: ${DEFAULT-VALUE})")
    int actors;

    @Option(names = "--sides", defaultValue = "60", description = "distinct sides (default: ${DEFAULT-VALUE})")
    int sides;

    @Option(names = "--batch", defaultValue = "5000", description = "events per projected batch, as max.poll.records (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--requests", defaultValue = "1000", description = "requests per measured page (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--cached-documents", defaultValue = "20000",
            description = "actor and dispute documents the projector keeps after writing them, as newsroom.store.cached-documents (default: ${DEFAULT-VALUE})")
    int cachedDocuments;

    @Option(names = "--mongo-uri", description = "measure against this MongoDB instead of an embedded H2-backed mongo-java-server")
    String mongoUri;

    private MongoServerProcess mongoServer;

    public static void main(String[] args) {
        System.exit(new CommandLine(new StoreBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path dataDir = Files.createTempDirectory("store-bench");
        MongoServerProcess embedded = null;
        String uri = mongoUri;
        if (uri == null) {
            embedded = MongoServerProcess.start(dataDir);
            uri = embedded.connectionString();
            System.out.println("store: embedded Mongo-compatible server in its own process, as ./newsroom up runs it, H2 file under " + dataDir);
        }
        this.mongoServer = embedded;
        String database = "store-bench-" + System.currentTimeMillis();
        try (MongoClient client = MongoClients.create(uri)) {
            var data = new BenchData(42, actors, sides);
            List<StatementEvent> events = data.events(statements / perArticle, perArticle);
            ViewCollections views = new ViewStore(client.getDatabase(database)).live();
            project(events, views);
            measureApi(uri, database, views);
            client.getDatabase(database).drop();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private void project(List<StatementEvent> events, ViewCollections views) {
        var projector = new StatementProjector(new ActorView(10), new DisputeView(50), cachedDocuments);
        System.out.printf("projection: %,d events in batches of %,d, %d actors, %d sides%n", events.size(), batch, actors, sides);
        long cpuStarted = processCpuNanos();
        Duration mongoCpuStarted = mongoServer == null ? Duration.ZERO : mongoServer.cpu();
        long started = System.nanoTime();
        long windowStart = started;
        int windowEvents = 0;
        for (int i = 0; i < events.size(); i += batch) {
            List<StatementEvent> slice = events.subList(i, Math.min(events.size(), i + batch));
            projector.project(slice, views);
            windowEvents += slice.size();
            if ((i + slice.size()) % 20_000 == 0 || i + slice.size() == events.size()) {
                long now = System.nanoTime();
                System.out.printf("  %,9d events loaded: %,8.0f events/s over the last %,d%n",
                        i + slice.size(), windowEvents / ((now - windowStart) / 1e9), windowEvents);
                windowStart = now;
                windowEvents = 0;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("projection: %,d events in %.1f s = %,.0f events/s (target >= 5,000)%n",
                events.size(), seconds, events.size() / seconds);
        System.out.printf("projection: %.1f s of CPU in this process%s, load average %.2f%n",
                (processCpuNanos() - cpuStarted) / 1e9, mongoCpu(mongoCpuStarted), loadAverage());
        System.out.printf("views: %,d statements, %,d actors, %,d disputes, %,d articles%n",
                views.statements().countDocuments(), views.actors().countDocuments(),
                views.disputes().countDocuments(), views.articles().countDocuments());
        System.out.printf("views: document size average / largest: actor %s, dispute %s%n",
                sizes(views.actors()), sizes(views.disputes()));
    }

    private static String sizes(MongoCollection<Document> collection) {
        var stats = new java.util.LongSummaryStatistics();
        collection.withDocumentClass(RawBsonDocument.class).find().batchSize(1000)
                .forEach(d -> stats.accept(d.getByteBuffer().remaining()));
        return String.format("%.1f / %.1f KB", stats.getAverage() / 1024, stats.getMax() / 1024.0);
    }

    private void measureApi(String uri, String database, ViewCollections views) throws Exception {
        List<String> actorIds = ids(views.actors().find().projection(Projections.include("_id"))
                .sort(Sorts.descending("statementCount")).limit(500).into(new ArrayList<>()));
        List<String> disputeIds = ids(views.disputes().find().projection(Projections.include("_id"))
                .sort(Sorts.descending("statementCount")).limit(200).into(new ArrayList<>()));
        ConfigurableApplicationContext app = new SpringApplication(StoreApplication.class).run(
                "--server.port=0", "--management.server.port=0", "--newsroom.store.consume=false",
                "--newsroom.mongo.uri=" + uri, "--newsroom.mongo.database=" + database,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var http = HttpClient.newHttpClient();
            var random = new Random(7);
            String base = "http://127.0.0.1:" + port;
            System.out.printf("api: %,d requests per page over HTTP, ids drawn from the %d busiest actors and %d busiest disputes, load average %.2f%n",
                    requests, actorIds.size(), disputeIds.size(), loadAverage());
            latency("actor page      GET /api/actors/{id}", http, () -> base + "/api/actors/" + pick(actorIds, random));
            latency("dispute page    GET /api/disputes/{id}", http, () -> base + "/api/disputes/" + pick(disputeIds, random));
            latency("busiest dispute GET /api/disputes/{id}", http, () -> base + "/api/disputes/" + disputeIds.get(0));
            latency("busiest actor   GET /api/actors/{id}", http, () -> base + "/api/actors/" + actorIds.get(0));
            latency("actor search    GET /api/actors?q=", http, () -> base + "/api/actors?q=person+" + random.nextInt(actors));
            latency("statement list  GET /api/actors/{id}/statements", http,
                    () -> base + "/api/actors/" + pick(actorIds, random) + "/statements");
        } finally {
            app.close();
        }
    }

    private void latency(String label, HttpClient http, java.util.function.Supplier<String> url) throws Exception {
        int count = label.startsWith("statement list") || label.startsWith("actor search") ? Math.max(20, requests / 20) : requests;
        int warmup = Math.min(100, count);
        long[] nanos = new long[count];
        long cpuStarted = 0;
        for (int i = -warmup; i < count; i++) {
            if (i == 0) {
                cpuStarted = cpuNanos();
            }
            var request = HttpRequest.newBuilder(URI.create(url.get())).build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(label + ": HTTP " + response.statusCode() + " for " + request.uri());
            }
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        double cpuPerRequest = (cpuNanos() - cpuStarted) / 1e6 / count;
        Arrays.sort(nanos);
        System.out.printf("  %-50s p50 %6.1f ms  p99 %6.1f ms  CPU %5.1f ms/request  (%d requests)%n", label,
                nanos[count / 2] / 1e6, nanos[(int) Math.ceil(count * 0.99) - 1] / 1e6, cpuPerRequest, count);
    }

    /** CPU time of this process and of the Mongo-compatible server, when the benchmark started one. */
    private long cpuNanos() {
        return processCpuNanos() + (mongoServer == null ? 0 : mongoServer.cpu().toNanos());
    }

    private String mongoCpu(Duration started) {
        return mongoServer == null ? "" : String.format(", %.1f s in the Mongo-compatible server", mongoServer.cpu().minus(started).toMillis() / 1e3);
    }

    /** CPU time of this JVM: with other work on the machine it says more than wall time. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String pick(List<String> ids, Random random) {
        return URLEncoder.encode(ids.get(random.nextInt(ids.size())), StandardCharsets.UTF_8);
    }

    private static List<String> ids(List<Document> documents) {
        return documents.stream().map(d -> d.getString("_id")).toList();
    }
}

package dev.newsroom.ingest.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.newsroom.articles.ArticleIdentity;
import dev.newsroom.events.IngestSource;
import dev.newsroom.events.OffsetSegment;
import dev.newsroom.events.RawArticle;
import dev.newsroom.ingest.identity.IntakeHeaders;
import dev.newsroom.serde.ConfluentAvroSerializer;

/**
 * Fills the identity stores fast: produces articles ({@link BenchTexts}, each unique, with its own URL) straight to the
 * intake topic, as the HTTP edge would after cleaning, then waits until the identity step has decided all of
 * them (its consumer group has no lag). For measuring a service with many articles behind it; the HTTP path is not involved.
 */
final class IntakeFill {

    private final String bootstrap;
    private final String registry;
    private final String intakeTopic;
    private final String applicationId;

    IntakeFill(String bootstrap, String registry, String intakeTopic, String applicationId) {
        this.bootstrap = bootstrap;
        this.registry = registry;
        this.intakeTopic = intakeTopic;
        this.applicationId = applicationId;
    }

    void fill(long count, BenchTexts texts) throws InterruptedException {
        long started = System.nanoTime();
        Map<String, Object> config = new HashMap<>(Map.of("bootstrap.servers", bootstrap, "schema.registry.url", registry,
                "linger.ms", 20, "batch.size", 512 * 1024, "compression.type", "lz4", "acks", "all"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        System.out.printf(Locale.ROOT, "filling %s with %d articles: %s%n", intakeTopic, count, texts);
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(config, new StringSerializer(),
                serializer(config))) {
            for (long i = 0; i < count; i++) {
                String text = texts.text(i, run + "-" + i);
                String url = "https://bench.example.org/fill/" + run + "/" + i;
                String hash = ArticleIdentity.contentHash(text);
                String id = ArticleIdentity.articleId(ArticleIdentity.canonicalUrl(url).orElseThrow(), hash);
                RawArticle article = RawArticle.newBuilder().setArticleId(id).setVersion(0).setContentHash(hash).setUrl(url)
                        .setCanonicalUrl(url).setTitle("Fill " + i).setOutlet("Bench").setPublishedAt(null)
                        .setPublishedAtNote(null).setLanguage("en").setOriginalText(text).setCleanedText(text)
                        .setOffsetMap(List.of(new OffsetSegment(0, 0, text.length()))).setContentType("text/plain")
                        .setSource(IngestSource.HTTP).setIngestedAt(Instant.now()).build();
                ProducerRecord<String, RawArticle> record = new ProducerRecord<>(intakeTopic, hash, article);
                IntakeHeaders.put(record.headers(), IntakeHeaders.ARTICLE_ID, id);
                IntakeHeaders.put(record.headers(), IntakeHeaders.SUBMISSION_ID, "fill-" + i);
                producer.send(record);
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf(Locale.ROOT, "produced %d to %s (%.0f s)%n", i + 1, intakeTopic, seconds(started));
                }
            }
        }
        double produced = seconds(started);
        System.out.printf(Locale.ROOT, "produced %d articles in %.1f s (%.0f/s)%n", count, produced, count / produced);
        try (IdentityLag lag = new IdentityLag(bootstrap, applicationId)) {
            lag.awaitZero(started);
        }
        double total = seconds(started);
        System.out.printf(Locale.ROOT, "identity step decided %d new articles: %.1f s in all, %.0f articles/s%n",
                count, total, count / total);
    }

    private ConfluentAvroSerializer<RawArticle> serializer(Map<String, Object> config) {
        ConfluentAvroSerializer<RawArticle> serializer = new ConfluentAvroSerializer<>();
        serializer.configure(config, false);
        return serializer;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

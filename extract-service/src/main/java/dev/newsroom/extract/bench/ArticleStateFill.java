package dev.newsroom.extract.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.newsroom.articles.ArticleIdentity;
import dev.newsroom.extract.pipeline.ExtractionTopology;
import dev.newsroom.extract.state.ArticleState;
import dev.newsroom.extract.state.ArticleStateSerde;
import dev.newsroom.extract.statements.StatementIds;

/**
 * Puts many articles behind extract-service without extracting them (which runs at about 9 articles/s): writes
 * N article-state records, as the extraction step would, to the changelog topic of its article-state store, keyed by
 * article id like the raw topic, so that an instance started afterwards restores them into its store; a restart
 * after that starts with the store warm. For measuring restarts and heap with many articles behind the service.
 * Each record holds {@code --statements} statement ids made as the service makes them (on real news the
 * extractor finds about 14 statements an article). Start the service once before, so that the changelog topic
 * exists with the store's partitions; stop it while filling.
 */
@Command(name = "newsroom bench-extract-state", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Fill extract-service's article-state store through its changelog topic.")
public class ArticleStateFill implements Callable<Integer> {

    @Option(names = "--fill", paramLabel = "N", required = true, description = "Article-state records to write.")
    long fill;

    @Option(names = "--statements", paramLabel = "N", defaultValue = "14", description = "Statement ids a record "
            + "(default: ${DEFAULT-VALUE}, the mean over the 840 polnear-train articles).")
    int statements;

    @Option(names = "--kafka", defaultValue = "localhost:9092", description = "Broker (default: ${DEFAULT-VALUE}).")
    String kafka;

    @Option(names = "--application-id", defaultValue = "newsroom-extract", description = "extract-service's "
            + "application id (default: ${DEFAULT-VALUE}).")
    String applicationId;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ArticleStateFill()).execute(args));
    }

    @Override
    public Integer call() {
        String topic = applicationId + "-" + ExtractionTopology.ARTICLE_STATE + "-changelog";
        String run = UUID.randomUUID().toString().substring(0, 8);
        var serializer = new ArticleStateSerde().serializer();
        long started = System.nanoTime();
        Map<String, Object> config = Map.of("bootstrap.servers", kafka, "linger.ms", 20, "batch.size", 512 * 1024,
                "compression.type", "lz4", "acks", "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            if (producer.partitionsFor(topic).isEmpty()) {
                throw new IllegalStateException(topic + " does not exist: start extract-service once first");
            }
            for (long i = 0; i < fill; i++) {
                String url = "https://bench.example.org/state/" + run + "/" + i;
                String articleId = ArticleIdentity.articleId(url, ArticleIdentity.contentHash(url));
                List<String> ids = new ArrayList<>(statements);
                for (int s = 0; s < statements; s++) {
                    ids.add(StatementIds.statementId(articleId, "speaker " + s, "said", "content " + i + " " + s, 0));
                }
                producer.send(new ProducerRecord<>(topic, articleId, serializer.serialize(topic, new ArticleState(articleId, 1, ids))));
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf(Locale.ROOT, "written %d to %s (%.0f s)%n", i + 1, topic, (System.nanoTime() - started) / 1e9);
                }
            }
        }
        System.out.printf(Locale.ROOT, "wrote %d article states of %d statements to %s in %.1f s%n", fill, statements, topic,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }
}

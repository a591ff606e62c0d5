package dev.newsroom.extract.pipeline;

import java.time.Clock;

import org.apache.kafka.clients.admin.Admin;

import dev.newsroom.extract.ExtractProperties;
import dev.newsroom.extract.TopicsProperties;
import dev.newsroom.extract.extraction.BudgetedExtractor;
import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extract.state.StateRestorer;

/**
 * Assembles workers: each gets its own consumer, transactional producer (id derived from the instance
 * id and the worker index) and state reader; they share the extractor, the admin client and the meters.
 */
public final class ExtractionWorkerFactory implements AutoCloseable {

    private final KafkaClients clients;
    private final ExtractProperties extract;
    private final TopicsProperties topics;
    private final BudgetedExtractor extractor;
    private final ExtractMetrics metrics;
    private final Admin admin;

    public ExtractionWorkerFactory(KafkaClients clients, ExtractProperties extract, TopicsProperties topics,
            BudgetedExtractor extractor, ExtractMetrics metrics) {
        this.clients = clients;
        this.extract = extract;
        this.topics = topics;
        this.extractor = extractor;
        this.metrics = metrics;
        this.admin = clients.admin();
    }

    /** Creates the topics this service writes, if missing. */
    public void ensureTopics() {
        new TopicSetup(admin, extract, topics).ensureTopics();
    }

    /** A worker that has fenced its predecessors and joined the group; run it on its own thread. */
    public ExtractionWorker startWorker(int index) {
        ArticleProcessor processor = new ArticleProcessor(topics, extract.stateTopic(),
                clients.rawArticleDeserializer(), clients.statementEventSerializer(), extractor, Clock.systemUTC());
        StateRestorer restorer = new StateRestorer(extract.stateTopic(), admin, clients.stateReader(index),
                extract.stateRestoreTimeout());
        ExtractionWorker worker = new ExtractionWorker(extract.transactionalId(index), topics.articlesRaw(),
                clients.articleConsumer(index), clients.transactionalProducer(index), restorer, processor, metrics);
        worker.start();
        return worker;
    }

    @Override
    public void close() {
        admin.close();
    }
}

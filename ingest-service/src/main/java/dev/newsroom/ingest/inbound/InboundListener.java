package dev.newsroom.ingest.inbound;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import dev.newsroom.articles.ArticleFormat;
import dev.newsroom.articles.ArticleInput;
import dev.newsroom.articles.ArticleReader;
import dev.newsroom.articles.ArticleRejectedException;
import dev.newsroom.events.IngestSource;
import dev.newsroom.ingest.article.IngestService;

/**
 * Consumes {@code news.articles.inbound}: each record is one article, JSON (as the HTTP API takes it) or
 * plain text, told apart by a {@code content-type} header or else by its first character. A record that is
 * not an acceptable article goes to the rejects topic with the reason, and the consumer moves on.
 */
@Component
public class InboundListener {

    private final ArticleReader reader;
    private final IngestService ingest;
    private final InboundRejects rejects;

    public InboundListener(ArticleReader reader, IngestService ingest, InboundRejects rejects) {
        this.reader = reader;
        this.ingest = ingest;
        this.rejects = rejects;
    }

    @KafkaListener(topics = "${newsroom.topics.articles-inbound:news.articles.inbound}",
            containerFactory = "inboundListenerFactory")
    public void onArticle(ConsumerRecord<String, byte[]> record) {
        byte[] value = record.value() == null ? new byte[0] : record.value();
        try {
            String text = reader.decode(value);
            ArticleFormat format = formatOf(record, text);
            ArticleInput input = switch (format) {
                case JSON -> reader.readJson(text);
                case HTML -> ArticleInput.html(text);
                case TEXT -> ArticleInput.plainText(text);
            };
            ingest.ingest(input, format, IngestSource.KAFKA);
        } catch (ArticleRejectedException e) {
            rejects.reject(record, e.reason(), e.getMessage());
        }
    }

    private static ArticleFormat formatOf(ConsumerRecord<String, byte[]> record, String text) {
        Header contentType = record.headers().lastHeader("content-type");
        if (contentType != null) {
            var declared = ArticleFormat.ofMediaType(new String(contentType.value(), StandardCharsets.UTF_8));
            if (declared.isPresent()) {
                return declared.get();
            }
        }
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return ArticleFormat.JSON;
        }
        return start.startsWith("<") ? ArticleFormat.HTML : ArticleFormat.TEXT;
    }
}

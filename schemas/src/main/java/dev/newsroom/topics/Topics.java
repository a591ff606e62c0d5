package dev.newsroom.topics;

/** Default names of the Kafka topics of the contract in SPEC.md. Services take them from configuration. */
public final class Topics {

    /** JSON or plain-text articles from anyone; consumed by ingest-service. */
    public static final String ARTICLES_INBOUND = "news.articles.inbound";
    /** Avro RawArticle, key articleId; produced by ingest-service. */
    public static final String ARTICLES_RAW = "news.articles.raw";
    /** JSON: refused input and the reason; produced by ingest-service. */
    public static final String ARTICLES_REJECTED = "news.articles.rejected";
    /** Avro StatementEvent, key articleId; produced by extract-service. */
    public static final String STATEMENTS = "news.statements";
    /** Statement events store-service could not project, with error headers. */
    public static final String STATEMENTS_DLQ = "news.statements.dlq";
    /** Raw articles extract-service could not process, with error headers. */
    public static final String EXTRACTION_DLQ = "news.extraction.dlq";

    private Topics() {
    }
}

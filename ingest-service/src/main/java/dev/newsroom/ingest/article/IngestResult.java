package dev.newsroom.ingest.article;

/**
 * What became of a submitted article.
 *
 * @param status ACCEPTED when a new version was published, DUPLICATE when the same content was already in
 */
public record IngestResult(String articleId, int version, Status status) {

    public enum Status {
        ACCEPTED, DUPLICATE
    }

    public boolean accepted() {
        return status == Status.ACCEPTED;
    }
}

package dev.newsroom.articles;

/** A submitted article cannot be accepted; {@link #getMessage()} says what is wrong in words a user can act on. */
public class ArticleRejectedException extends RuntimeException {

    private final RejectionReason reason;

    public ArticleRejectedException(RejectionReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}

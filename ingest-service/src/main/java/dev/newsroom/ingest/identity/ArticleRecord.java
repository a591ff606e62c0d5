package dev.newsroom.ingest.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * One article id's identity ({@link IdentityTopology#ARTICLES}): its latest published version and content hash
 * (version 0 and no hash while nothing was published under it, only duplicates of other articles), and the
 * outcomes of its latest submissions, newest last, for the status URLs.
 */
public record ArticleRecord(int version, String contentHash, List<SubmissionOutcome> recent) {

    /** Submissions remembered per article: enough for a client to read its answer, bounded so the record stays small. */
    static final int RECENT = 16;

    static final ArticleRecord NONE = new ArticleRecord(0, null, List.of());

    boolean holds(String hash) {
        return version > 0 && hash.equals(contentHash);
    }

    ArticleRecord published(int newVersion, String hash, SubmissionOutcome outcome) {
        return new ArticleRecord(newVersion, hash, append(outcome));
    }

    ArticleRecord decided(SubmissionOutcome outcome) {
        return new ArticleRecord(version, contentHash, append(outcome));
    }

    private List<SubmissionOutcome> append(SubmissionOutcome outcome) {
        List<SubmissionOutcome> kept = new ArrayList<>(recent.subList(Math.max(0, recent.size() - RECENT + 1), recent.size()));
        kept.add(outcome);
        return List.copyOf(kept);
    }
}

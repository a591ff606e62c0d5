package dev.newsroom.ingest.identity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One decided submission.
 *
 * @param version     the version published (NEW, UPDATED) or the version holding the content (DUPLICATE; 0 when
 *                    the other article's version was still being decided)
 * @param duplicateOf for a DUPLICATE, the article holding the content (this article itself when it already had it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionOutcome(String submissionId, Outcome outcome, int version, String duplicateOf) {
}

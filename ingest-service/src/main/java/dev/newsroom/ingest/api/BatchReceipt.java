package dev.newsroom.ingest.api;

import java.util.List;

import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Response to a JSON Lines batch: counts, and one result per non-blank line, in line order. */
public record BatchReceipt(int submitted, int rejected, List<LineResult> results) {

    /** One line: {@code status} submitted (with its status URL) or rejected (with its problem). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineResult(int line, String status, String articleId, String submissionId, String statusUrl,
                             ProblemDetail problem) {
    }

    static BatchReceipt of(List<LineResult> results) {
        int submitted = (int) results.stream().filter(r -> r.status().equals("submitted")).count();
        return new BatchReceipt(submitted, results.size() - submitted, results);
    }
}

package dev.newsroom.ingest.api;

import java.util.List;

import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Response to a JSON Lines batch: counts, and one result per non-blank line, in line order. */
public record BatchReceipt(int accepted, int duplicates, int rejected, List<LineResult> results) {

    /** One line: {@code status} accepted, duplicate or rejected; a rejected line carries its problem. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineResult(int line, String status, String articleId, Integer version, ProblemDetail problem) {
    }

    static BatchReceipt of(List<LineResult> results) {
        int accepted = (int) results.stream().filter(r -> r.status().equals("accepted")).count();
        int duplicates = (int) results.stream().filter(r -> r.status().equals("duplicate")).count();
        return new BatchReceipt(accepted, duplicates, results.size() - accepted - duplicates, results);
    }
}

package dev.newsroom.articles;

import java.time.Instant;

/**
 * When an article was published, and how that was worked out when it was not given in full.
 *
 * @param note null when the date was given complete; otherwise what was inferred, e.g.
 *             "year 2023 taken from the article text; no time of day given"
 */
public record PublicationDate(Instant instant, String note) {
}

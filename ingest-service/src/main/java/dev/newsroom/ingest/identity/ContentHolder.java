package dev.newsroom.ingest.identity;

/**
 * The article whose current version has a given content hash ({@link IdentityTopology#CONTENT_HOLDERS}).
 *
 * @param version that article's version with this content, 0 while its first claim is being decided
 */
public record ContentHolder(String articleId, int version) {
}

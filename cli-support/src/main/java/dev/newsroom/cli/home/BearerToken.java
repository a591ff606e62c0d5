package dev.newsroom.cli.home;

/**
 * The ingest API's bearer token and where it came from, so that a refusal can say which token was sent.
 *
 * @param value  the token
 * @param origin where it was read, e.g. {@code /srv/nr/ingest-token (data directory from --data)}
 */
public record BearerToken(String value, String origin) {

    @Override
    public String toString() {
        return "token from " + origin;
    }
}

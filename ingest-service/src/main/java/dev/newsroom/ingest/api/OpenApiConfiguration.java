package dev.newsroom.ingest.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at {@code /v3/api-docs}: what the service takes and answers, and how writes authenticate. */
@Configuration
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI ingestApi() {
        return new OpenAPI()
                .info(new Info().title("Newsroom ingest API").version("1")
                        .description("Submits news articles: plain text, HTML or JSON one at a time, or JSON Lines in a"
                                + " batch. Each article is validated and cleaned before the answer (bad input gets problem JSON"
                                + " at once), then answered 202 with its article id and a status URL; deduplication and"
                                + " versioning happen after, in the article's partition, and the status URL shows the outcome"
                                + " (new, updated, duplicate). Writes need the bearer token of the service (./newsroom up keeps it in"
                                + " <data>/ingest-token). Every refusal is RFC 9457 problem JSON with a 'reason' member"
                                + " (type urn:newsroom:problem:<reason>).")
                        .license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("The ingest token: 'Authorization: Bearer <token>'")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}

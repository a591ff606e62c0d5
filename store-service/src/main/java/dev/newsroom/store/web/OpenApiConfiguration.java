package dev.newsroom.store.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

/**
 * The API description at {@code /v3/api-docs}: what the service is, and on every operation the problem answers it
 * can give besides its own (a refused parameter, an unknown id), so each answer is described once.
 */
@Configuration
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI storeApi() {
        return new OpenAPI()
                .info(new Info().title("Newsroom store API").version("1")
                        .description("Read-only views of who said what, about whom, and where two sides are in dispute,"
                                + " projected from the news.statements and news.articles.raw topics. Lists are paged"
                                + " (page from 1, size up to the configured maximum) and newest first; every error is"
                                + " RFC 9457 problem JSON (application/problem+json). Unknown query parameters are refused.")
                        .license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")))
                .components(new io.swagger.v3.oas.models.Components()
                        .addSchemas(PROBLEM, new Schema<ProblemDetail>()
                                .description("RFC 9457 problem details; 'parameter' names the refused query parameter")
                                .type("object")
                                .addProperty("type", new Schema<String>().type("string").format("uri"))
                                .addProperty("title", new Schema<String>().type("string"))
                                .addProperty("status", new Schema<Integer>().type("integer"))
                                .addProperty("detail", new Schema<String>().type("string"))
                                .addProperty("instance", new Schema<String>().type("string"))
                                .addProperty("parameter", new Schema<String>().type("string"))));
    }

    /** Adds the problem answers every operation can give: 400 for a refused parameter, 404 for an unknown id. */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            add(operation, "400", "A query parameter is malformed, out of range or unknown (problem JSON naming it)");
            if (path.contains("{")) {
                add(operation, "404", "No such id (problem JSON)");
            }
        }));
    }

    private static void add(Operation operation, String status, String description) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
        }
        operation.setResponses(responses);
    }
}

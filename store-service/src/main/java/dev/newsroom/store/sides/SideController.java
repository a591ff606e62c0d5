package dev.newsroom.store.sides;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The names of the side codes actors and disputes carry. */
@RestController
@Tag(name = "Sides", description = "What the side codes of actors and disputes stand for")
class SideController {

    private final SideNames names;

    SideController(SideNames names) {
        this.names = names;
    }

    /** Every side code with its name: ISO 3166-1 alpha-3 codes of states, short codes of international bodies. */
    @GetMapping("/api/sides")
    @Operation(summary = "Side names", description = "Every side code with its name and kind (state or organization),"
            + " from the extractor's knowledge base.")
    @ApiResponse(responseCode = "200", description = "All side codes, by code")
    List<SideNames.Side> all() {
        return names.all();
    }
}

package dev.newsroom.store.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.events.ActorKind;
import dev.newsroom.events.ActorRef;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.events.StatementType;
import dev.newsroom.store.InProcessMongo;
import dev.newsroom.store.TestEvents;
import dev.newsroom.store.disputes.DisputeView;
import dev.newsroom.store.projection.StatementProjector;
import dev.newsroom.store.views.ViewStore;
import dev.newsroom.store.web.Page;
import dev.newsroom.store.web.PageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Searching actors by name: an actor named exactly what was asked for comes before those that only contain it. */
class ActorSearchTest {

    private static final ActorRef NOVA = TestEvents.actor("org:nova", "Nova", ActorKind.ORGANIZATION, null, null);
    private static final ActorRef NOVAK = TestEvents.actor("person:novak-jansen", "Novak Jansen", ActorKind.PERSON, "NLD", null);
    private static final ActorRef CASANOVA = TestEvents.actor("person:ida-casanova", "Ida Casanova", ActorKind.PERSON, "ITA", null);

    private InProcessMongo mongo;
    private ViewStore store;

    @BeforeEach
    void load() {
        mongo = new InProcessMongo();
        store = new ViewStore(mongo.client().getDatabase("actor-search-test"));
        String text = TestEvents.text("One.", "Two.", "Three.", "Four.", "Five.", "Six.");
        List<StatementEvent> events = new ArrayList<>();
        String[] sentences = {"One.", "Two.", "Three.", "Four.", "Five.", "Six."};
        ActorRef[] speakers = {NOVAK, NOVAK, NOVAK, CASANOVA, CASANOVA, NOVA};
        for (int i = 0; i < sentences.length; i++) {
            events.add(TestEvents.extracted("s" + i, "a1", 1, text, sentences[i], speakers[i], StatementType.STATEMENT,
                    LocalDate.parse("2030-01-01")));
        }
        new StatementProjector(new ActorView(10), new DisputeView(200), 1000).project(events, store.live());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private List<String> search(String q, int page, int size) {
        Page found = new ActorQueries(store).search(q, null, null, new PageRequest(page, size));
        return found.items().stream().map(a -> (String) a.get("id")).toList();
    }

    @Test
    void anExactNameMatchComesFirstThenTheOthersByStatementCount() {
        assertThat(search("nova", 1, 10)).containsExactly("org:nova", "person:novak-jansen", "person:ida-casanova");
        assertThat(search("NOVAK JANSEN", 1, 10)).containsExactly("person:novak-jansen");
        assertThat(search("ova", 1, 10)).containsExactly("person:novak-jansen", "person:ida-casanova", "org:nova");
    }

    @Test
    void pagesRunOnAcrossTheExactAndTheOtherMatches() {
        assertThat(search("nova", 1, 2)).containsExactly("org:nova", "person:novak-jansen");
        assertThat(search("nova", 2, 2)).containsExactly("person:ida-casanova");
        assertThat(new ActorQueries(store).search("nova", null, null, new PageRequest(2, 2)).total()).isEqualTo(3);
    }
}

package dev.newsroom.extractor.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed data is refused with a message that says where and what. */
class KnowledgeBaseDataErrorsTest {

    private static final List<String> COLUMNS = List.of("role", "aliases", "category");

    @Test
    void commentsAndBlankLinesAreSkippedAndMissingTrailingColumnsAreEmpty() {
        List<TsvTable.Row> rows = TsvTable.parse("roles.tsv",
                List.of("# comment", "role\taliases\tcategory", "", "envoy\tenvoys|emissary\tdiplomat", "aide"), COLUMNS);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values(1)).containsExactly("envoys", "emissary");
        assertThat(rows.get(1).get(2)).isEmpty();
        assertThat(rows.get(1).source()).isEqualTo("roles.tsv:5");
    }

    @Test
    void aWrongHeaderOrTooManyColumnsIsReportedWithFileAndLine() {
        assertThatThrownBy(() -> TsvTable.parse("roles.tsv", List.of("role\tcategory"), COLUMNS))
                .hasMessageContaining("roles.tsv:1").hasMessageContaining("header");
        assertThatThrownBy(() -> TsvTable.parse("roles.tsv", List.of("role\taliases\tcategory", "a\tb\tc\td"), COLUMNS))
                .hasMessageContaining("roles.tsv:2").hasMessageContaining("3 tab-separated columns");
    }

    @Test
    void aNameClaimedByTwoStatesIsRefusedNamingBoth() {
        Country niger = new Country("NER", "Niger", List.of(), List.of("Nigerien"), List.of("Niamey"), List.of(), List.of());
        Country nigeria = new Country("NGA", "Nigeria", List.of("Niger"), List.of(), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> new KnowledgeBase(List.of(niger, nigeria), List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'Niger'").hasMessageContaining("Niger and Nigeria");
    }

    @Test
    void theSameNameTwiceForOneEntryIsFine() {
        Country gambia = new Country("GMB", "Gambia", List.of("The Gambia", "GAMBIA"), List.of(), List.of(), List.of(),
                List.of());
        KnowledgeBase kb = new KnowledgeBase(List.of(gambia), List.of(), List.of(), List.of(), List.of());

        assertThat(kb.country("the Gambia")).contains(gambia);
        assertThat(kb.scan(List.of("Gambia"))).hasSize(1);
    }

    @Test
    void mediaOfAnUnknownStateAreRefused() {
        MediaOutlet outlet = new MediaOutlet("Daily Nowhere", List.of(), "ZZZ", "newspaper");

        assertThatThrownBy(() -> new KnowledgeBase(List.of(), List.of(), List.of(outlet), List.of(), List.of()))
                .hasMessageContaining("Daily Nowhere").hasMessageContaining("ZZZ");
    }
}

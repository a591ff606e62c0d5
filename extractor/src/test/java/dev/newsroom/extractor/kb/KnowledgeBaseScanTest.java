package dev.newsroom.extractor.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseScanTest {

    private final KnowledgeBase kb = KnowledgeBase.loadDefault();

    private List<GazetteerMatch> scan(String spaceSeparatedTokens) {
        return kb.scan(Arrays.asList(spaceSeparatedTokens.split(" ")));
    }

    @Test
    void findsEveryKindLongestFirst() {
        List<GazetteerMatch> matches =
                scan("Brazilian Foreign Minister Ana Souza told Reuters in Brasília that the UN Security Council must act");

        assertThat(matches).extracting(GazetteerMatch::startToken, GazetteerMatch::endToken, GazetteerMatch::kind,
                        m -> m.entry().canonicalName())
                .containsExactly(
                        tuple(0, 1, EntryKind.DEMONYM, "Brazil"),
                        tuple(1, 3, EntryKind.ROLE, "foreign minister"),
                        tuple(6, 7, EntryKind.MEDIA, "Reuters"),
                        tuple(8, 9, EntryKind.PLACE, "Brazil"),
                        tuple(11, 14, EntryKind.ORGANIZATION, "United Nations Security Council"));
    }

    @Test
    void spansLeaveOutTheArticleAndKeepMultiTokenNames() {
        assertThat(scan("the Jewish state said")).singleElement()
                .extracting(GazetteerMatch::startToken, GazetteerMatch::endToken, GazetteerMatch::kind)
                .containsExactly(1, 3, EntryKind.COUNTRY);
        assertThat(scan("claimed by al - Qaeda")).singleElement()
                .extracting(GazetteerMatch::startToken, GazetteerMatch::endToken)
                .containsExactly(2, 5);
    }

    @Test
    void aTokenizedPossessiveStaysWithItsOwner() {
        assertThat(scan("Israel 's Foreign Ministry")).extracting(GazetteerMatch::startToken, GazetteerMatch::endToken,
                        GazetteerMatch::kind)
                .containsExactly(tuple(0, 2, EntryKind.COUNTRY), tuple(2, 4, EntryKind.INSTITUTION));
    }

    @Test
    void commonWordsAreNotNames() {
        assertThat(scan("let us eat turkey and a guinea pig in general who cares")).isEmpty();
        assertThat(scan("Turkey told us the US and WHO agree")).extracting(m -> m.entry().canonicalName())
                .containsExactly("Turkey", "United States", "World Health Organization");
    }

    @Test
    void aNameThatIsTheAndOneWordNeedsItsArticle() {
        assertThat(scan("Times Square")).isEmpty();
        assertThat(scan("he told the Times")).singleElement()
                .extracting(GazetteerMatch::kind, m -> m.entry().canonicalName())
                .containsExactly(EntryKind.MEDIA, "The Times");
        assertThat(scan("judges in The Hague")).extracting(GazetteerMatch::kind).contains(EntryKind.PLACE);
    }

    @Test
    void sameWordsOfSeveralKindsAreAllReportedButOneEntryOnlyOnce() {
        assertThat(scan("Vatican")).singleElement().extracting(GazetteerMatch::kind).isEqualTo(EntryKind.COUNTRY);
        assertThat(scan("Brussels said")).extracting(GazetteerMatch::kind, m -> m.entry().canonicalName())
                .containsExactly(tuple(EntryKind.PLACE, "Belgium"), tuple(EntryKind.ORGANIZATION, "European Union"));
    }

    @Test
    void securityCouncilAloneIsTheUnsButNationalCouncilsAreInstitutions() {
        assertThat(scan("the Security Council voted")).singleElement()
                .extracting(m -> m.entry().canonicalName()).isEqualTo("United Nations Security Council");
        assertThat(scan("the Russian Security Council")).singleElement()
                .extracting(GazetteerMatch::kind, m -> ((Institution) m.entry()).country())
                .containsExactly(EntryKind.INSTITUTION, "RUS");
        assertThat(scan("Israel 's National Security Council")).extracting(GazetteerMatch::kind)
                .containsExactly(EntryKind.COUNTRY, EntryKind.INSTITUTION);
    }

    @Test
    void combiningFormsNameStatesOnceTheTokenizerSplitsThem() {
        assertThat(scan("Sino - US talks")).extracting(m -> ((Country) m.entry()).iso3()).containsExactly("CHN", "USA");
    }

    @Test
    void punctuationNeitherStartsNorEndsAMatch() {
        assertThat(scan("\" Russia \" -")).singleElement()
                .extracting(GazetteerMatch::startToken, GazetteerMatch::endToken)
                .containsExactly(1, 2);
        assertThat(kb.scan(List.of())).isEmpty();
    }
}

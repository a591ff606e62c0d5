package dev.newsroom.extractor.nlp;

import dev.newsroom.extractor.rules.CueLexicon;
import dev.newsroom.extractor.rules.Quotes;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ParseSelectionTest {

    private static final CueLexicon CUES = CueLexicon.load();
    private static final Pattern TOKEN = Pattern.compile("(\\S+)/(\\S+)/(\\S+)");

    /** A sentence from "word/lemma/TAG" triples; its text is the words joined by spaces. */
    private record Sentence(String text, CoreMap map) {
        static Sentence of(String tagged) {
            StringBuilder text = new StringBuilder();
            List<CoreLabel> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(tagged);
            while (m.find()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                CoreLabel t = new CoreLabel();
                t.setWord(m.group(1));
                t.setOriginalText(m.group(1));
                t.setLemma(m.group(2));
                t.setTag(m.group(3));
                t.setBeginPosition(text.length());
                text.append(m.group(1));
                t.setEndPosition(text.length());
                tokens.add(t);
            }
            CoreMap map = new ArrayCoreMap();
            map.set(CoreAnnotations.TokensAnnotation.class, tokens);
            return new Sentence(text.toString(), map);
        }

        boolean selectedBy(ParseSelection selection) {
            return selection.of(text, Quotes.find(text)).test(map);
        }
    }

    private final ParseSelection selection = new ParseSelection(CUES, 20);

    @Test
    void aVerbCueOutsideQuotesIsParsed() {
        assertThat(Sentence.of("The/the/DT mayor/mayor/NN said/say/VBD the/the/DT bridge/bridge/NN would/would/MD open/open/VB")
                .selectedBy(selection)).isTrue();
    }

    @Test
    void aSentenceWithoutCueIsNotParsedEvenWithAQuote() {
        assertThat(Sentence.of("The/the/DT bridge/bridge/NN is/be/VBZ \"/\"/`` a/a/DT marvel/marvel/NN of/of/IN steel/steel/NN \"/\"/''")
                .selectedBy(selection)).isFalse();
    }

    @Test
    void aCueInsideAQuoteOfSpeechIsNotParsedButOneOutsideIs() {
        String quoted = "\"/\"/`` We/we/PRP never/never/RB said/say/VBD that/that/DT ./././ \"/\"/''";
        assertThat(Sentence.of(quoted).selectedBy(selection)).isFalse();
        assertThat(Sentence.of(quoted + " she/she/PRP added/add/VBD").selectedBy(selection)).isTrue();
    }

    @Test
    void aCueInScareQuotesOfFewWordsStillCounts() {
        assertThat(Sentence.of("The/the/DT \"/\"/`` denied/deny/VBN \"/\"/'' claims/claim/NNS stand/stand/VBP")
                .selectedBy(selection)).isTrue();
    }

    @Test
    void aPhraseHeadIsParsedOnlyWithTheWordThatCompletesIt() {
        assertThat(Sentence.of("Ann/Ann/NNP expressed/express/VBD the/the/DT parcel/parcel/NN").selectedBy(selection)).isFalse();
        assertThat(Sentence.of("Ann/Ann/NNP expressed/express/VBD concern/concern/NN").selectedBy(selection)).isTrue();
    }

    @Test
    void aPhraseWithAPredicateIsParsedForSinceOnlyTheParseShowsThePredicate() {
        assertThat(Sentence.of("Ann/Ann/NNP called/call/VBD the/the/DT plan/plan/NN a/a/DT trap/trap/NN").selectedBy(selection)).isTrue();
    }

    @Test
    void aNounCueMustBeTaggedAsANoun() {
        assertThat(Sentence.of("His/his/PRP$ statement/statement/NN came/come/VBD late/late/RB").selectedBy(selection)).isTrue();
        assertThat(Sentence.of("According/according/VBG to/to/TO the/the/DT map/map/NN").selectedBy(selection)).isTrue();
    }

    @Test
    void aCueAddedToTheLexiconIsParsedFor() {
        Sentence s = Sentence.of("The/the/DT council/council/NN grumbled/grumble/VBD about/about/IN fees/fee/NNS");
        assertThat(s.selectedBy(selection)).isFalse();
        CueLexicon more = new CueLexicon(List.<String[]>of(new String[] {"grumble about", "V", "DISAPPROVE", "-0.5", "attitude"}), List.of());
        assertThat(s.selectedBy(new ParseSelection(more, 20))).isTrue();
    }

    @Test
    void aSentenceOverTheTokenLimitIsNotParsed() {
        String filler = " and/and/CC more/more/JJR".repeat(10);
        assertThat(Sentence.of("The/the/DT mayor/mayor/NN said/say/VBD" + filler).selectedBy(selection)).isFalse();
    }
}

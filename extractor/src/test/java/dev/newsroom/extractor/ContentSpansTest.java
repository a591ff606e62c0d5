package dev.newsroom.extractor;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Content spans the parse missed, read from tagged words alone (tags given here, as the tagger may give them). */
class ContentSpansTest {

    /** One sentence of "word/TAG" items. */
    private static ArticleWords sentence(String tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String item : tagged.split(" ")) {
            int slash = item.lastIndexOf('/');
            CoreLabel t = new CoreLabel();
            t.setWord(item.substring(0, slash));
            t.setOriginalText(item.substring(0, slash));
            t.setTag(item.substring(slash + 1));
            t.setBeginPosition(text.length());
            text.append(t.word());
            t.setEndPosition(text.length());
            text.append(' ');
            tokens.add(t);
        }
        CoreMap s = new Annotation(text.toString());
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return new ArticleWords(text.toString(), List.of(s));
    }

    @Test
    void aPastTenseTaggedAsParticipleBetweenSubjectAndObjectOpensTheReportedClause() {
        ArticleWords words = sentence("She/PRP said/VBD the/DT nonprofit/JJ provided/VBN a/DT letter/NN ./.");
        assertArrayEquals(new int[] {2, 7}, new ContentSpans(words).reportedClause(2, 0));
    }

    @Test
    void aParticipleModifyingANounIsNoClause() {
        ArticleWords words = sentence("They/PRP observed/VBD the/DT truce/NN signed/VBN in/IN March/NNP ./.");
        assertNull(new ContentSpans(words).reportedClause(2, 0));
    }

    @Test
    void anExistentialThereOpensTheReportedClause() {
        ArticleWords words = sentence("He/PRP said/VBD there/EX were/VBD 12/CD letters/NNS ./.");
        assertArrayEquals(new int[] {2, 6}, new ContentSpans(words).reportedClause(2, 0));
    }
}

package dev.newsroom.extractor.actors;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tokens of one article in one list, with their sentences and the quoted stretches of text: the view
 * every step of actor resolution reads. Token positions are indexes into this list.
 */
final class ArticleTokens {

    /** Prepositions that open a phrase naming a destination or place, not the speaker's own side. */
    private static final Set<String> PLACE_PREPOSITIONS =
            Set.of("to", "in", "at", "with", "from", "against", "toward", "towards", "on", "over", "about");

    private final List<CoreLabel> tokens = new ArrayList<>();
    private final int[] sentenceOf;
    private final int[] sentenceStart;
    private final List<int[]> quoted;

    ArticleTokens(List<CoreMap> sentences, List<int[]> quotedChars) {
        this.quoted = quotedChars;
        this.sentenceStart = new int[sentences.size() + 1];
        for (int s = 0; s < sentences.size(); s++) {
            sentenceStart[s] = tokens.size();
            tokens.addAll(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class));
        }
        sentenceStart[sentences.size()] = tokens.size();
        sentenceOf = new int[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = sentenceStart[s]; i < sentenceStart[s + 1]; i++) {
                sentenceOf[i] = s;
            }
        }
    }

    int size() {
        return tokens.size();
    }

    int sentenceCount() {
        return sentenceStart.length - 1;
    }

    CoreLabel get(int i) {
        return tokens.get(i);
    }

    int sentenceOf(int i) {
        return sentenceOf[i];
    }

    int sentenceStart(int sentence) {
        return sentenceStart[sentence];
    }

    boolean sameSentence(int a, int b) {
        return sentenceOf[a] == sentenceOf[b];
    }

    String word(int i) {
        return tokens.get(i).originalText();
    }

    String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT);
    }

    String tag(int i) {
        String tag = tokens.get(i).tag();
        return tag == null ? "" : tag;
    }

    String ner(int i) {
        return tokens.get(i).ner();
    }

    String lemma(int i) {
        String lemma = tokens.get(i).lemma();
        return lemma == null ? lower(i) : lemma.toLowerCase(Locale.ROOT);
    }

    /** The original text of tokens [start, end). */
    String text(int start, int end) {
        if (start >= end) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                sb.append(tokens.get(i - 1).after());
            }
            sb.append(tokens.get(i).originalText());
        }
        return sb.toString().replaceAll("[\\s\\u00A0]+", " ");
    }

    boolean isQuoted(int token) {
        int offset = tokens.get(token).beginPosition();
        return quoted.stream().anyMatch(q -> offset >= q[0] && offset < q[1]);
    }

    /** Whether token i sits in a place/destination phrase opened after {@code from}: "ambassador [to Israel]". */
    boolean insidePlacePhrase(int from, int i) {
        for (int j = i - 1; j >= from; j--) {
            String w = lower(j);
            if (w.equals(",") || tag(j).startsWith("VB")) {
                return false;
            }
            if (PLACE_PREPOSITIONS.contains(w) && (tag(j).equals("IN") || tag(j).equals("TO"))) {
                return true;
            }
        }
        return false;
    }

    /** A word of a title before a name: "Chile's ambassador to Peru", "Deputy Foreign Minister". */
    boolean isTitleToken(int i) {
        String tag = tag(i);
        boolean linking = (tag.equals("IN") || tag.equals("TO")) && Set.of("to", "of", "in", "at").contains(lower(i));
        return (tag.startsWith("NN") || tag.equals("JJ") || tag.equals("POS") || tag.equals("HYPH") || linking)
                && !"PERSON".equals(ner(i));
    }

    /** Whether token i is a preposition or a verb particle ("in", "to", "of"). */
    boolean isPreposition(int i) {
        String tag = tag(i);
        return tag.equals("IN") || tag.equals("TO") || tag.equals("RP");
    }

    boolean isNounPhraseToken(int i) {
        String tag = tag(i);
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("POS")
                || tag.equals("PRP$") || tag.equals("CD") || tag.equals("HYPH")
                || (tag.equals("IN") || tag.equals("TO")) && Set.of("of", "to", "at", "in", "for").contains(lower(i))
                || premodifyingAdverb(i);
    }

    /** "the first minister", "the then president": an adverb the tagger gives a title's premodifier. */
    private boolean premodifyingAdverb(int i) {
        return tag(i).equals("RB") && Set.of("first", "then").contains(lower(i)) && i + 1 < size()
                && sameSentence(i + 1, i) && (tag(i + 1).startsWith("NN") || tag(i + 1).startsWith("JJ"));
    }

    boolean hasProperNoun(int start, int end) {
        for (int i = start; i < end; i++) {
            if (tag(i).startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    boolean hasWord(int start, int end, String word) {
        for (int i = start; i < end; i++) {
            if (word(i).equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    boolean hasAnyWord(int start, int end, Set<String> words) {
        return words.stream().anyMatch(w -> hasWord(start, end, w));
    }

    boolean hasLemma(int start, int end, Set<String> lemmas) {
        for (int i = start; i < end; i++) {
            if (lemmas.contains(lemma(i))) {
                return true;
            }
        }
        return false;
    }
}

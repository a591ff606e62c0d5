package dev.newsroom.extractor.nlp;

import dev.newsroom.extractor.rules.CueLexicon;
import dev.newsroom.extractor.rules.Quotes;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which sentences get a dependency parse, the dearest stage: those in which an attribution rule can find a
 * cue it may report. That is a token outside every quote of reported speech (a cue inside one is the quoted
 * speaker's own words, which the rules never attribute) that is "according", a noun tagged as a noun that
 * is a noun cue, or a verb tagged as a verb that is a verb cue on its own or heads a cue phrase another word
 * of the sentence completes ("call" with "for"). Everything is read from the cue lexicon, so a cue added to
 * {@code rules/cues.tsv} is parsed for with no change here. Sentences longer than the token limit are not
 * parsed at all.
 */
public final class ParseSelection {

    private final CueLexicon cues;
    private final int maxSentenceTokens;

    public ParseSelection(CueLexicon cues, int maxSentenceTokens) {
        this.cues = cues;
        this.maxSentenceTokens = maxSentenceTokens;
    }

    /** The selection for one article's sentences, given its text and its quotes. */
    public Predicate<CoreMap> of(String text, List<Quotes.Quote> quotes) {
        return sentence -> worthParsing(sentence.get(CoreAnnotations.TokensAnnotation.class), text, quotes);
    }

    private boolean worthParsing(List<CoreLabel> tokens, String text, List<Quotes.Quote> quotes) {
        if (tokens.isEmpty() || tokens.size() > maxSentenceTokens) {
            return false;
        }
        Set<String> words = null;
        for (CoreLabel t : tokens) {
            String lemma = lemma(t);
            String tag = t.tag() == null ? "" : t.tag();
            boolean candidate;
            if (t.word().equalsIgnoreCase("according")) {
                candidate = true;
            } else if (tag.startsWith("NN")) {
                candidate = cues.isNoun(lemma);
            } else if (tag.startsWith("VB") && cues.isVerbHead(lemma)) {
                words = words == null ? words(tokens) : words;
                candidate = cues.isVerbCueAmong(lemma, words);
            } else {
                candidate = false;
            }
            if (candidate && Quotes.speechAt(quotes, text, t.beginPosition()) == null) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(List<CoreLabel> tokens) {
        Set<String> words = new HashSet<>();
        for (CoreLabel t : tokens) {
            words.add(t.word().toLowerCase(Locale.ROOT));
            words.add(lemma(t));
        }
        return words;
    }

    private static String lemma(CoreLabel t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}

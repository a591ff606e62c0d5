package dev.newsroom.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits sentences a scraped page glued together when it dropped the space or line break between paragraphs
 * ("... a friendly nation.He requested ..."): CoreNLP's tokenizer keeps "nation.He" as one token, so its
 * sentence splitter never sees the period. A token of a lower-case word, a period and a capitalised word
 * becomes three tokens with their own offsets, and its sentence two sentences; abbreviations ("e.g.",
 * "Mr.Smith") and web addresses ("example.com") keep theirs, as the word before the period is not lower-case
 * letters only or the word after it not capitalised.
 */
final class GluedSentences {

    private static final Pattern GLUED = Pattern.compile("(\\p{Ll}{2,})\\.(\\p{Lu}\\p{Ll}+)");

    private GluedSentences() {
    }

    /** Splits the glued tokens and their sentences of a tokenized and sentence-split document in place. */
    static void split(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences.stream().flatMap(s -> s.get(CoreAnnotations.TokensAnnotation.class).stream()).noneMatch(GluedSentences::glued)) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<List<CoreLabel>> pieces = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> piece = new ArrayList<>();
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                if (!glued(token)) {
                    piece.add(token);
                    continue;
                }
                Matcher m = GLUED.matcher(token.word());
                m.matches();
                int begin = token.beginPosition();
                piece.add(part(token, m.group(1), begin, token.before(), ""));
                piece.add(part(token, ".", begin + m.end(1), "", ""));
                pieces.add(piece);
                piece = new ArrayList<>();
                piece.add(part(token, m.group(2), begin + m.start(2), "", token.after()));
            }
            pieces.add(piece);
        }
        List<CoreMap> split = new ArrayList<>(pieces.size());
        List<CoreLabel> allTokens = new ArrayList<>();
        for (List<CoreLabel> piece : pieces) {
            int begin = piece.get(0).beginPosition();
            int end = piece.get(piece.size() - 1).endPosition();
            Annotation sentence = new Annotation(text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokensAnnotation.class, piece);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, allTokens.size());
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, allTokens.size() + piece.size());
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, split.size());
            for (int i = 0; i < piece.size(); i++) {
                piece.get(i).setIndex(i + 1);
                piece.get(i).setSentIndex(split.size());
            }
            allTokens.addAll(piece);
            split.add(sentence);
        }
        doc.set(CoreAnnotations.TokensAnnotation.class, allTokens);
        doc.set(CoreAnnotations.SentencesAnnotation.class, split);
    }

    private static boolean glued(CoreLabel token) {
        // most tokens have no inner period: skip the pattern for them (this runs on every token of every article)
        return token.word().indexOf('.') > 0 && token.word().equals(token.originalText())
                && GLUED.matcher(token.word()).matches();
    }

    private static CoreLabel part(CoreLabel whole, String word, int begin, String before, String after) {
        CoreLabel part = new CoreLabel(whole);
        part.setWord(word);
        part.setValue(word);
        part.setOriginalText(word);
        part.setBeginPosition(begin);
        part.setEndPosition(begin + word.length());
        part.setBefore(before);
        part.setAfter(after);
        return part;
    }
}

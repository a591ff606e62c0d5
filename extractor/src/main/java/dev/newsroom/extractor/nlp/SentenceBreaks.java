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
 * Sentence breaks CoreNLP's splitter misses in real news, added after tokenizing and splitting:
 * <ul>
 * <li>paragraphs a scraped page glued together when it dropped the space or line break between them ("... a
 * friendly nation.He requested ..."): the tokenizer keeps "nation.He" as one token, so the splitter never sees the
 * period. A token of a lower-case word, a period and a capitalised word becomes three tokens with their own
 * offsets, and its sentence two; abbreviations ("e.g.", "Mr.Smith") and web addresses ("example.com") keep theirs,
 * as the word before the period is not lower-case letters only or the word after it not capitalised.</li>
 * <li>a wire dateline opening a sentence ("SEOUL, July 1 (Yonhap) -- ", "WASHINGTON (AP) — "): the place in
 * capitals, a date, the agency and the dash become a sentence of their own, so the parser does not take the
 * place for the head of the sentence that follows.</li>
 * </ul>
 */
final class SentenceBreaks {

    private static final Pattern GLUED = Pattern.compile("(\\p{Ll}{2,})\\.(\\p{Lu}\\p{Ll}+)");
    /** A dateline, over the words of a sentence's first tokens joined by single spaces. */
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}.'-]{2,} (?:\\p{Lu}[\\p{Lu}.'-]+ )*(?:, (?:\\p{Lu}\\p{Ll}+\\.? )?\\d{1,2} )?(?:\\( [^()]{1,40} \\) )?(?:--|—|–|-) ");
    private static final Pattern PLACE_IN_CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}.'-]{2,}");
    private static final int DATELINE_MAX_TOKENS = 14;

    private SentenceBreaks() {
    }

    /** Adds the breaks to a tokenized and sentence-split document, in place. */
    static void split(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Integer> datelines = sentences.stream().map(s -> datelineLength(s.get(CoreAnnotations.TokensAnnotation.class))).toList();
        boolean anyGlued = sentences.stream().flatMap(s -> s.get(CoreAnnotations.TokensAnnotation.class).stream())
                .anyMatch(SentenceBreaks::glued);
        if (!anyGlued && datelines.stream().allMatch(d -> d == 0)) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<List<CoreLabel>> pieces = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> piece = new ArrayList<>();
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                if (!glued(token)) {
                    piece.add(token);
                    if (t + 1 == datelines.get(s)) {
                        pieces.add(piece);
                        piece = new ArrayList<>();
                    }
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

    /** The number of tokens of the dateline opening a sentence, or 0; at least three tokens must follow it. */
    private static int datelineLength(List<CoreLabel> tokens) {
        // most sentences open with no word in capitals: skip the pattern for them (this runs on every sentence)
        if (tokens.size() < 5 || !PLACE_IN_CAPITALS.matcher(tokens.get(0).word()).matches()) {
            return 0;
        }
        StringBuilder words = new StringBuilder();
        for (int t = 0; t < Math.min(DATELINE_MAX_TOKENS, tokens.size() - 3); t++) {
            words.append(tokens.get(t).word()).append(' ');
        }
        Matcher m = DATELINE.matcher(words);
        if (!m.lookingAt()) {
            return 0;
        }
        return (int) words.substring(0, m.end()).chars().filter(c -> c == ' ').count();
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

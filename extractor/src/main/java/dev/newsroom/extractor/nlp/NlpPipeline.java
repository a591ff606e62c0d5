package dev.newsroom.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The CoreNLP stages the extractor pays for: tokens, sentences, POS and lemmas for the whole text,
 * 3-class NER (no fine-grained, numeric or KBP passes), and dependency parses only for the sentences
 * a caller selects (those with a cue, a quote or an attribution pattern). Thread-safe.
 */
public final class NlpPipeline {

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP ner;
    private final StanfordCoreNLP parser;
    private final StageTimings timings = new StageTimings();

    public NlpPipeline(int maxSentenceTokens) {
        Properties common = new Properties();
        common.setProperty("tokenize.language", "en");
        common.setProperty("tokenize.options", "untokenizable=noneDelete,splitHyphenated=true");
        common.setProperty("ssplit.newlineIsSentenceBreak", "always");
        common.setProperty("pos.maxlen", Integer.toString(maxSentenceTokens));
        common.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        common.setProperty("ner.applyNumericClassifiers", "false");
        common.setProperty("ner.useSUTime", "false");
        common.setProperty("ner.applyFineGrained", "false");
        common.setProperty("ner.buildEntityMentions", "false");
        common.setProperty("ner.maxlen", Integer.toString(maxSentenceTokens));
        common.setProperty("depparse.maxlen", Integer.toString(maxSentenceTokens));
        tagger = pipeline(common, "tokenize,ssplit,pos,lemma");
        ner = pipeline(common, "ner");
        parser = pipeline(common, "depparse");
    }

    private static StanfordCoreNLP pipeline(Properties common, String annotators) {
        Properties props = new Properties();
        props.putAll(common);
        props.setProperty("annotators", annotators);
        return new StanfordCoreNLP(props, false);
    }

    /** Tokenizes, tags and NER-labels {@code text}; parses the sentences {@code needsParse} accepts. */
    public Annotation annotate(String text, Predicate<CoreMap> needsParse) {
        Annotation doc = new Annotation(text);
        long t0 = System.nanoTime();
        tagger.annotate(doc);
        long t1 = System.nanoTime();
        ner.annotate(doc);
        long t2 = System.nanoTime();
        List<CoreMap> selected = doc.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .filter(needsParse).toList();
        if (!selected.isEmpty()) {
            Annotation subset = new Annotation(text);
            subset.set(CoreAnnotations.SentencesAnnotation.class, selected);
            parser.annotate(subset);
        }
        long t3 = System.nanoTime();
        timings.add(t1 - t0, t2 - t1, t3 - t2, selected.size());
        return doc;
    }

    public StageTimings timings() {
        return timings;
    }
}

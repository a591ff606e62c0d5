package dev.newsroom.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The CoreNLP stages the extractor pays for: tokens, sentences, POS and lemmas for the whole text,
 * 3-class NER (no fine-grained, numeric or KBP passes), and dependency parses only for the sentences
 * a caller selects (those with a cue, a quote or an attribution pattern). Thread-safe.
 */
public final class NlpPipeline {

    private static final int PARSER_FEATURE_CACHE = 30_000;

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP ner;
    private final StanfordCoreNLP parser;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
        // Hidden-layer activations of the parser's input features beyond the precomputed ones are cached;
        // the default 5,000 entries miss on most rarer words of real news (4 KB per entry)
        common.setProperty("depparse.numCached", Integer.toString(PARSER_FEATURE_CACHE));
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
        Clock clock = new Clock();
        tagger.annotate(doc);
        clock.lap(StageTimings.Stage.TAGGING);
        ner.annotate(doc);
        clock.lap(StageTimings.Stage.NER);
        List<CoreMap> selected = doc.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .filter(needsParse).toList();
        if (!selected.isEmpty()) {
            Annotation subset = new Annotation(text);
            subset.set(CoreAnnotations.SentencesAnnotation.class, selected);
            parser.annotate(subset);
        }
        clock.lap(StageTimings.Stage.PARSING);
        timings.addParsed(selected.size(),
                selected.stream().mapToInt(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum());
        return doc;
    }

    /** Wall and thread CPU time of consecutive stages on the calling thread. */
    public final class Clock {
        private long wall = System.nanoTime();
        private long cpu = THREADS.getCurrentThreadCpuTime();

        public void lap(StageTimings.Stage stage) {
            long wallNow = System.nanoTime();
            long cpuNow = THREADS.getCurrentThreadCpuTime();
            timings.add(stage, wallNow - wall, cpuNow - cpu);
            wall = wallNow;
            cpu = cpuNow;
        }
    }

    public StageTimings timings() {
        return timings;
    }
}

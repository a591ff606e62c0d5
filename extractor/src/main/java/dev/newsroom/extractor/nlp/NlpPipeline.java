package dev.newsroom.extractor.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.semgraph.SemanticGraphFactory.Mode;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;

/**
 * The CoreNLP stages the extractor pays for: tokens, sentences, POS and lemmas for the whole text,
 * 3-class NER (no fine-grained, numeric or KBP passes), and dependency parses only for the sentences
 * a caller selects (those with a cue, a quote or an attribution pattern), of which only the two graphs the
 * rules read are built (basic and enhanced++; CoreNLP's annotator builds five). Thread-safe.
 */
public final class NlpPipeline {

    /*
     * Hidden-layer activations of the parser's input features beyond the 20,000 precomputed ones are kept in
     * an LRU cache of 4 KB arrays. Measured on 100 real articles: 5,000 entries parse as fast as 30,000
     * (11 s against 12 s CPU) and keep 100 MB less heap live; no cache at all costs 2.5 times the parse time.
     */
    private static final int PARSER_FEATURE_CACHE = 5_000;

    private final StanfordCoreNLP tokenizer;
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP ner;
    private final DependencyParser parser;
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
        // CoreNLP builds the annotators of its pipelines one at a time (its annotator pool is locked while one
        // loads), but the parser is loaded outside that pool: it loads on a thread of its own meanwhile.
        FutureTask<DependencyParser> parserLoad = new FutureTask<>(() -> {
            Properties parserProps = new Properties();
            parserProps.setProperty("numCached", Integer.toString(PARSER_FEATURE_CACHE));
            return DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, parserProps);
        });
        Thread parserThread = new Thread(parserLoad, "parser-load");
        parserThread.setDaemon(true);
        parserThread.start();
        tokenizer = pipeline(common, "tokenize,ssplit");
        tagger = pipeline(common, "pos,lemma");
        ner = pipeline(common, "ner");
        parser = loaded(parserLoad);
    }

    private static DependencyParser loaded(FutureTask<DependencyParser> parserLoad) {
        try {
            return parserLoad.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the dependency parser loaded", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the dependency parser could not be loaded", e.getCause());
        }
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
        tokenizer.annotate(doc);
        SentenceBreaks.split(doc);
        tagger.annotate(doc);
        clock.lap(StageTimings.Stage.TAGGING);
        ner.annotate(doc);
        clock.lap(StageTimings.Stage.NER);
        List<CoreMap> selected = doc.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .filter(needsParse).toList();
        selected.forEach(this::parse);
        clock.lap(StageTimings.Stage.PARSING);
        timings.addParsed(selected.size(),
                selected.stream().mapToInt(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum());
        return doc;
    }

    private void parse(CoreMap sentence) {
        GrammaticalStructure structure = parser.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(structure, Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(structure, Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE,
                        null));
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

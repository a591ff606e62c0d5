package dev.newsroom.extractor.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Properties;

/**
 * The yardstick of {@code bench-extract --peer}: CoreNLP's own quote attribution as it ships, with its
 * default models (statistical NER with fine-grained classes, without SUTime, dependency parses, coreference),
 * from the models jar the extractor already depends on.
 */
final class PeerPipeline {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    PeerPipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        props.setProperty("tokenize.language", "en");
        // SUTime needs a JAXB runtime this classpath does not carry; quote attribution does not use dates
        props.setProperty("ner.useSUTime", "false");
        pipeline = new StanfordCoreNLP(props);
    }

    /** Annotates {@code text}; returns the number of quotes found. */
    int quotes(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        return quotes == null ? 0 : quotes.size();
    }
}

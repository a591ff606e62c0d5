package dev.newsroom.extractor;

import dev.newsroom.extractor.kb.KnowledgeBase;
import dev.newsroom.extractor.actors.Genders;
import dev.newsroom.extractor.actors.PersonKnowledge;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.model.ExtractedStatement;
import dev.newsroom.extractor.model.StatementType;
import dev.newsroom.extractor.nlp.NlpPipeline;
import dev.newsroom.extractor.nlp.ParseSelection;
import dev.newsroom.extractor.nlp.StageTimings;
import dev.newsroom.extractor.rules.AttributionRules;
import dev.newsroom.extractor.rules.ContentCues;
import dev.newsroom.extractor.rules.Cue;
import dev.newsroom.extractor.rules.CueLexicon;
import dev.newsroom.extractor.rules.HeadlineRules;
import dev.newsroom.extractor.rules.SurfaceFrames;
import dev.newsroom.extractor.rules.Quotes;
import dev.newsroom.extractor.rules.UnnamedSources;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Locale;

/**
 * Finds statements in article text: who said what, about whom, of which type, in which dispute.
 * {@link #create} loads the models once (seconds); {@link #extract} is thread-safe. The statements of an
 * article depend on that article and the loaded knowledge only, never on the articles extracted before:
 * a replay after a crash, or another instance seeing the articles in another order, yields the same
 * statements. Persons are merged across articles by their name-derived ids, where the views are built.
 */
public final class Extractor implements AutoCloseable {

    /** The loaded parts an article extraction works with. */
    record Components(KnowledgeBase kb, PersonKnowledge persons, CueLexicon cues, AttributionRules rules,
                      HeadlineRules headlines, SurfaceFrames quoteFrames, SurfaceFrames subjectFrames,
                      ContentCues contentCues, Cue defaultCue, UnnamedSources unnamed) {
    }

    private final ExtractorSettings settings;
    private final NlpPipeline nlp;
    private final Components parts;
    private final ParseSelection parseSelection;

    private Extractor(ExtractorSettings settings) {
        this.settings = settings;
        this.nlp = new NlpPipeline(settings.maxSentenceTokens());
        CueLexicon cues = CueLexicon.load();
        KnowledgeBase kb = KnowledgeBase.loadDefault();
        this.parts = new Components(kb, new PersonKnowledge(kb.officeHolders(), Genders.load()), cues, AttributionRules.load(cues),
                HeadlineRules.load(), SurfaceFrames.quoteFrames(), SurfaceFrames.subjectFrames(), ContentCues.load(),
                new Cue("say", false, StatementType.STATEMENT, 0, Cue.Frame.SPEECH),
                UnnamedSources.load());
        this.parseSelection = new ParseSelection(cues, settings.maxSentenceTokens());
    }

    public static Extractor create(ExtractorSettings settings) {
        return new Extractor(settings);
    }

    /** The statements of one article; none for text not in English (language set and not "en"). */
    public List<ExtractedStatement> extract(ArticleText article) {
        return explain(article).stream().map(StatementExplanation::statement).toList();
    }

    /** The statements of one article, each with the evidence for its speaker, side and targets. */
    public List<StatementExplanation> explain(ArticleText article) {
        String text = article.text();
        if (text == null || text.isBlank() || article.language() != null
                && !article.language().toLowerCase(Locale.ROOT).startsWith("en")) {
            return List.of();
        }
        if (text.length() > settings.maxChars()) {
            throw new ExtractionException("article has " + text.length() + " characters, more than the limit of "
                    + settings.maxChars());
        }
        List<Quotes.Quote> quotes = Quotes.find(text);
        Annotation doc = nlp.annotate(text, parseSelection.of(text, quotes));
        NlpPipeline.Clock clock = nlp.new Clock();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<StatementExplanation> statements = new ArticleExtraction(parts, article, sentences, quotes).run();
        clock.lap(StageTimings.Stage.RULES);
        return statements;
    }

    /** Time spent per stage since creation (or the last reset), for the benchmark. */
    public StageTimings timings() {
        return nlp.timings();
    }

    @Override
    public void close() {
        // CoreNLP holds no native resources; the models are released with this instance.
    }
}

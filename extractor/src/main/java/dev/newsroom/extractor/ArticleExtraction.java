package dev.newsroom.extractor;

import dev.newsroom.extractor.actors.ArticleActors;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.rules.Quotes;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The statements of one analysed article, in named steps: title lines ({@link HeadlineAttributions}) and parsed
 * sentences ({@link CueAttributions}) give attributions; quotes interrupted by their attribution or continued in
 * the next paragraph are joined ({@link ArticleQuotes}); statements inside each other are untangled
 * ({@link NestedStatements}); then each is typed, targeted and explained ({@link StatementClassifier}).
 */
final class ArticleExtraction {

    private static final System.Logger LOG = System.getLogger(ArticleExtraction.class.getName());

    private final ArticleText article;
    private final int sentenceCount;
    private final List<Found> found = new ArrayList<>();
    private final ArticleQuotes quotes;
    private final HeadlineAttributions headlines;
    private final CueAttributions cues;
    private final TrailingAttributions trailing;
    private final NestedStatements nested;
    private final StatementClassifier classifier;

    ArticleExtraction(Extractor.Components parts, ArticleText article, List<CoreMap> sentences, List<Quotes.Quote> quotes) {
        this.article = article;
        this.sentenceCount = sentences.size();
        LocalDate published = article.publishedAt() == null ? null
                : LocalDate.ofInstant(article.publishedAt(), ZoneOffset.UTC);
        OptionalInt year = published == null ? OptionalInt.empty() : OptionalInt.of(published.getYear());
        ArticleActors actors = new ArticleActors(parts.kb(), parts.persons(), year, sentences,
                quotes.stream().map(q -> new int[] {q.start(), q.end()}).toList());
        ArticleWords words = new ArticleWords(article.text(), sentences);
        this.quotes = new ArticleQuotes(words, quotes);
        this.headlines = new HeadlineAttributions(parts, words, actors, found);
        this.cues = new CueAttributions(parts, words, sentences, actors, this.quotes, found);
        this.trailing = new TrailingAttributions(parts, words, actors, this.quotes, found);
        this.nested = new NestedStatements(words, sentences);
        this.classifier = new StatementClassifier(parts, words, actors, published);
    }

    List<StatementExplanation> run() {
        boolean headlineBlock = true;
        for (int s = 0; s < sentenceCount; s++) {
            int before = found.size();
            try {
                headlineBlock &= headlines.attribute(s, headlineBlock);
                cues.attribute(s);
                trailing.attribute(s);
            } catch (RuntimeException e) {
                // one sentence the rules cannot handle loses its own statements, not the article's
                found.subList(before, found.size()).clear();
                LOG.log(System.Logger.Level.WARNING, "article " + article.id() + ": sentence " + s
                        + " skipped: " + e, e);
            }
        }
        quotes.joinInterrupted(found);
        quotes.continueParagraphs(found);
        nested.resolve(found);
        return classifier.classify(found);
    }
}

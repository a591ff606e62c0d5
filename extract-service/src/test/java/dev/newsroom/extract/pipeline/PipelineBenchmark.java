package dev.newsroom.extract.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extract.support.SharedExtractor;
import dev.newsroom.extract.support.TestArticles;
import dev.newsroom.stack.testing.NewsroomStack;
import dev.newsroom.stack.testing.NewsroomStackExtension;

/**
 * Throughput of the whole service path (decode, extract, map, diff, transactional write) over the
 * embedded stack. A benchmark, not a test: it asserts nothing and runs only when named:
 * {@code ./mvnw -B -pl extract-service -am verify -Dtest=PipelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbench.articles=100 -Dbench.workers=1}. Articles are about 600 words of generated news prose.
 */
@ExtendWith(NewsroomStackExtension.class)
class PipelineBenchmark {

    @Test
    void throughput(NewsroomStack stack) throws Exception {
        int articles = Integer.getInteger("bench.articles", 100);
        int workers = Integer.getInteger("bench.workers", 1);
        long loadStart = System.nanoTime();
        SharedExtractor.get();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        try (ExtractFixture fixture = new ExtractFixture(stack, Math.max(2, workers))) {
            List<MeterRegistry> meters = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                MeterRegistry registry = new SimpleMeterRegistry();
                meters.add(registry);
                fixture.start("bench-" + w, registry);
            }
            // Warm up the JIT and join the group before the clock starts.
            fixture.send(TestArticles.english("warm-up", 1, longArticle(-1)));
            ExtractFixture.await(Duration.ofMinutes(5), "the warm-up article is consumed", fixture::allArticlesConsumed);

            long start = System.nanoTime();
            for (int i = 0; i < articles; i++) {
                fixture.send(TestArticles.english("bench-" + i, 1, longArticle(i)));
            }
            ExtractFixture.await(Duration.ofMinutes(60), "every article is consumed", fixture::allArticlesConsumed);
            double seconds = (System.nanoTime() - start) / 1e9;

            int events = fixture.committedStatements().size();
            double extractionMs = meters.stream().mapToDouble(r -> {
                Timer timer = r.get(ExtractMetrics.EXTRACTION_TIME).timer();
                return timer.totalTime(TimeUnit.MILLISECONDS);
            }).sum() / (articles + 1);
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("extract-service benchmark: %d articles (~600 words), %d worker(s), model load %.1f s%n",
                    articles, workers, loadSeconds);
            System.out.printf("  %.2f articles/s end to end, %.0f ms/article wall, %.0f ms/article in the extractor, "
                    + "%d statement events, heap in use %d MB%n", articles / seconds, seconds * 1000 / articles,
                    extractionMs, events, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
    }

    private static final String[] SPEAKERS = {"Marta Silva, the health minister,", "Opposition leader Karl Brandt",
        "A spokesperson for the transport union", "Finance Minister Leila Haddad", "The city's mayor, Tom Okafor,",
        "Professor Anika Rao of the national university", "Police chief Daniel Moreau", "The ministry of education"};
    private static final String[] QUOTES = {"We will not accept cuts to hospital budgets this year",
        "The government has ignored the warnings of its own experts", "Our members are ready to return to talks",
        "Inflation is finally coming down, but families are still struggling", "The new tram line will open on time",
        "The data show a clear rise in enrolment across rural schools", "Nobody was injured during the protest",
        "Teachers deserve a fair settlement before the autumn term"};
    private static final String[] FILLER = {"The announcement came after weeks of negotiations between the parties.",
        "Officials expect the measures to take effect early next year, subject to parliamentary approval.",
        "Local businesses have reported mixed results since the policy was introduced in the spring.",
        "Critics pointed to a report published last month that questioned the cost of the programme.",
        "The debate is expected to continue when the assembly returns from its summer recess."};

    /** About 600 words: eight paragraphs mixing direct quotes, reported speech and plain narrative. */
    static String[] longArticle(int seed) {
        String[] paragraphs = new String[8];
        for (int p = 0; p < paragraphs.length; p++) {
            int k = Math.abs(seed * 31 + p * 7);
            String speaker = SPEAKERS[k % SPEAKERS.length];
            String quote = QUOTES[(k / 3 + p) % QUOTES.length];
            String filler = FILLER[(k + p) % FILLER.length] + " " + FILLER[(k + p + 2) % FILLER.length];
            paragraphs[p] = switch (p % 3) {
                case 0 -> "\"" + quote + ",\" " + speaker + " said on Wednesday. " + filler + " " + filler;
                case 1 -> speaker + " said that " + quote.toLowerCase() + ". " + filler + " " + filler;
                default -> filler + " According to " + speaker.replace(",", "") + ", " + quote.toLowerCase() + ". "
                        + filler;
            };
        }
        return paragraphs;
    }
}

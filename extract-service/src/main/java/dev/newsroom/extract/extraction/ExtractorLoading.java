package dev.newsroom.extract.extraction;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import dev.newsroom.extractor.Extractor;
import dev.newsroom.extractor.ExtractorSettings;

/**
 * Loads the extractor (CoreNLP's models and the knowledge base: 7 to 8 s of a quiet start on the 2-core reference
 * machine) on a thread of its own, so that Spring, the web server and Kafka Streams (joining the group, opening
 * the state store) start meanwhile instead of after it. {@link #get()} waits for it; the service reports itself
 * ready only once it is {@link #loaded()}.
 */
public final class ExtractorLoading implements Supplier<Extractor> {

    private static final Logger log = LoggerFactory.getLogger(ExtractorLoading.class);

    private final CompletableFuture<Extractor> extractor = new CompletableFuture<>();

    /** Starts loading at once; {@code load} runs on a daemon thread. */
    public ExtractorLoading(Supplier<Extractor> load) {
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            try {
                extractor.complete(load.get());
                log.info("Extractor loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException | Error e) {
                log.error("The extractor could not be loaded", e);
                extractor.completeExceptionally(e);
            }
        }, "extractor-load");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts loading the extractor as soon as the application context exists, before Spring reads its
     * configuration, creates the web server and its beans (about 4 s of a start, during which the loading would
     * otherwise wait): the loading and its settings become the context's {@code extractorLoading} and
     * {@code extractorSettings} beans.
     */
    public static ApplicationContextInitializer<ConfigurableApplicationContext> startEarly() {
        return context -> {
            ExtractorSettings settings = ExtractorSettings.defaults();
            context.getBeanFactory().registerSingleton("extractorSettings", settings);
            context.getBeanFactory().registerSingleton("extractorLoading", new ExtractorLoading(() -> Extractor.create(settings)));
        };
    }

    /** The extractor, waiting for it while it loads; the loading's failure if it failed. */
    @Override
    public Extractor get() {
        try {
            return extractor.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("The extractor could not be loaded", e.getCause());
        }
    }

    public boolean loaded() {
        return extractor.isDone() && !extractor.isCompletedExceptionally();
    }

    /** "loaded", "loading" or why it failed: the health detail. */
    public String status() {
        if (!extractor.isDone()) {
            return "loading";
        }
        return extractor.handle((done, failure) -> failure == null ? "loaded" : "failed: " + failure).join();
    }
}

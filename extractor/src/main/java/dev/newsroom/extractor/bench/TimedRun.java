package dev.newsroom.extractor.bench;

import dev.newsroom.extractor.model.ArticleText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/** One timed pass of a pipeline over articles on a fixed number of threads; the pipeline tells what it found. */
record TimedRun(int articles, long words, long statements, double seconds, double cpuSeconds, double gcPauseSeconds,
                double compileSeconds, long[] nanosPerArticle) {

    static TimedRun of(List<ArticleText> texts, int threads, ToIntFunction<ArticleText> pipeline)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] nanos = new long[texts.size()];
        AtomicLong found = new AtomicLong();
        long cpu0 = ProcessMemory.processCpuNanos();
        long gc0 = ProcessMemory.gcPauseMillis();
        long jit0 = ProcessMemory.compileMillis();
        long t0 = System.nanoTime();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                int n = i;
                runs.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    found.addAndGet(pipeline.applyAsInt(texts.get(n)));
                    nanos[n] = System.nanoTime() - start;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (ProcessMemory.processCpuNanos() - cpu0) / 1e9;
        Arrays.sort(nanos);
        return new TimedRun(texts.size(), words(texts), found.get(), seconds, cpuSeconds,
                (ProcessMemory.gcPauseMillis() - gc0) / 1e3, (ProcessMemory.compileMillis() - jit0) / 1e3, nanos);
    }

    static long words(List<ArticleText> texts) {
        return texts.stream().mapToLong(t -> t.text().isBlank() ? 0 : t.text().trim().split("\\s+").length).sum();
    }

    double articlesPerSecond() {
        return articles / seconds;
    }

    double percentileMillis(int p) {
        int i = Math.min(nanosPerArticle.length - 1, (int) Math.ceil(p / 100.0 * nanosPerArticle.length) - 1);
        return nanosPerArticle[Math.max(0, i)] / 1e6;
    }
}

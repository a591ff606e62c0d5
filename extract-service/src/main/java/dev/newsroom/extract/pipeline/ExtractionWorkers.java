package dev.newsroom.extract.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

import dev.newsroom.extract.ExtractProperties;

/**
 * Runs the configured number of extraction workers, each on its own thread, for the life of the
 * application, and reports them as the {@code extraction} health component.
 */
public class ExtractionWorkers implements SmartLifecycle, HealthIndicator {

    private final ExtractionWorkerFactory factory;
    private final ExtractProperties extract;
    private final List<ExtractionWorker> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public ExtractionWorkers(ExtractionWorkerFactory factory, ExtractProperties extract) {
        this.factory = factory;
        this.extract = extract;
    }

    @Override
    public synchronized void start() {
        factory.ensureTopics();
        for (int i = 0; i < extract.workerCount(); i++) {
            ExtractionWorker worker = factory.startWorker(i);
            Thread thread = new Thread(worker, worker.name());
            workers.add(worker);
            threads.add(thread);
            thread.start();
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        workers.forEach(ExtractionWorker::stop);
        for (Thread thread : threads) {
            try {
                thread.join();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        workers.clear();
        threads.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public synchronized Health health() {
        Health.Builder health = Health.up();
        for (int i = 0; i < workers.size(); i++) {
            ExtractionWorker worker = workers.get(i);
            health.withDetail(worker.name(), worker.assignment().toString());
            if (!threads.get(i).isAlive()) {
                Throwable failure = worker.failure();
                health.down().withDetail(worker.name() + ".error", failure == null ? "stopped" : failure.toString());
            }
        }
        return health.build();
    }
}

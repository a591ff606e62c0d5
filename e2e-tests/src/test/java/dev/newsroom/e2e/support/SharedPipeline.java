package dev.newsroom.e2e.support;

import dev.newsroom.stack.testing.NewsroomStackExtension;

/**
 * One pipeline for all test classes of a test JVM that only add articles and read views (the three
 * services start in about a minute, so they start once), on the JVM's stack; stopped when the JVM exits.
 * Tests that kill or reconfigure services start their own {@link Pipeline} in a JVM of their own.
 */
public final class SharedPipeline {

    private SharedPipeline() {
    }

    public static Pipeline get() {
        return Holder.PIPELINE;
    }

    private static final class Holder {
        static final Pipeline PIPELINE = start();
    }

    private static Pipeline start() {
        Pipeline pipeline = Pipeline.start(NewsroomStackExtension.stack(),
                RepositoryLayout.root().resolve("e2e-tests/target/e2e-logs/shared"));
        Runtime.getRuntime().addShutdownHook(new Thread(pipeline::close, "newsroom-e2e-pipeline-stop"));
        return pipeline;
    }
}

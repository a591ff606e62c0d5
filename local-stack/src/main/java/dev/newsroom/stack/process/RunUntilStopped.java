package dev.newsroom.stack.process;

import java.util.concurrent.CountDownLatch;

/**
 * Keeps a server process alive until it is told to stop (SIGTERM, Ctrl-C) or, when asked, until the
 * process that started it is gone, so a killed launcher leaves no orphan servers behind.
 */
public final class RunUntilStopped {

    private RunUntilStopped() {
    }

    public static void run(AutoCloseable server, boolean stopWithParent) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "stop-server"));
        if (stopWithParent) {
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        }
        stopped.await();
    }
}

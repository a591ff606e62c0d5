package dev.newsroom.stack.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The console output of a process, read as it comes, with a wait for a line that matches. */
final class ConsoleLines {

    private final List<String> lines = new ArrayList<>();
    private boolean ended;

    ConsoleLines(InputStream output) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    add(line);
                }
            } catch (IOException e) {
                add("(console unreadable: " + e + ")");
            } finally {
                end();
            }
        }, "console-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The first line from {@code from} on that matches, waiting up to {@code timeout} for it. */
    synchronized Matcher await(Pattern pattern, int from, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = from; ; ) {
            for (; i < lines.size(); i++) {
                Matcher matcher = pattern.matcher(lines.get(i));
                if (matcher.find()) {
                    return matcher;
                }
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                throw new AssertionError((ended ? "the process ended" : "nothing within " + timeout.toSeconds() + " s")
                        + " without a line matching " + pattern + ":\n" + String.join("\n", lines));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized Matcher await(Pattern pattern, Duration timeout) throws InterruptedException {
        return await(pattern, 0, timeout);
    }

    synchronized int count() {
        return lines.size();
    }

    synchronized String all() {
        return String.join("\n", lines);
    }

    private synchronized void add(String line) {
        lines.add(line);
        notifyAll();
    }

    private synchronized void end() {
        ended = true;
        notifyAll();
    }
}

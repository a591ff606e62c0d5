package dev.newsroom.stack.launcher;

import java.time.Duration;

/**
 * When {@code up} restarts a process that died, and when it gives up: the first restart waits
 * {@code firstBackoff}, each further one within {@code window} twice as long (at most {@code maxBackoff});
 * a process that dies more than {@code maxRestarts} times within {@code window} is not restarted again.
 */
record RestartPolicy(int maxRestarts, Duration window, Duration firstBackoff, Duration maxBackoff) {

    RestartPolicy {
        if (maxRestarts < 0) {
            throw new LaunchException("--max-restarts must be 0 or more, not " + maxRestarts);
        }
        if (window.isNegative() || window.isZero()) {
            throw new LaunchException("--restart-window must be longer than 0");
        }
    }

    /** Whether the {@code deaths}-th death within the window may still be restarted. */
    boolean restarts(int deaths) {
        return deaths <= maxRestarts;
    }

    /** How long to wait before the restart after the {@code deaths}-th death within the window. */
    Duration backoff(int deaths) {
        Duration backoff = firstBackoff;
        for (int i = 1; i < deaths && backoff.compareTo(maxBackoff) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}

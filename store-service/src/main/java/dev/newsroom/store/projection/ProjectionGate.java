package dev.newsroom.store.projection;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the live projection with the switch-over of a rebuild: a batch is projected entirely into one
 * generation, and no batch runs while a rebuild catches up and makes its generation live.
 */
public class ProjectionGate {

    private final ReentrantLock lock = new ReentrantLock(true);

    public <T> T run(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}

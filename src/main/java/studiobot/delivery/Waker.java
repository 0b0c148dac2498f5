package studiobot.delivery;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Lets a background loop sleep until there is work, or a timeout passes. */
public final class Waker {
    private final Semaphore signal = new Semaphore(0);

    public void wake() {
        signal.release();
    }

    /** Waits up to {@code timeout} for a wake; returns early if one came since the last wait. */
    public void await(Duration timeout) throws InterruptedException {
        if (!timeout.isZero() && !timeout.isNegative()) {
            signal.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        signal.drainPermits();
    }
}

package ruhr.welcome.bot.outbox;

import java.util.concurrent.locks.LockSupport;

/** At most {@code perSecond} permits per second, evenly spaced, so bursts never exceed the channel's cap. */
final class RateLimiter {

    private final long spacingNanos;
    private long nextFree = System.nanoTime();

    RateLimiter(int perSecond) {
        this.spacingNanos = 1_000_000_000L / perSecond;
    }

    void acquire() {
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, nextFree);
            nextFree = slot + spacingNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}

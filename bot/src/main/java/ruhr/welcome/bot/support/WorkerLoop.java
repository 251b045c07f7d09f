package ruhr.welcome.bot.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background thread that repeats one step: right away while the step finds work, otherwise after
 * a wake-up or a short wait. A failing step is logged and retried after a pause, never fatal.
 */
public final class WorkerLoop {

    private static final Logger log = LoggerFactory.getLogger(WorkerLoop.class);

    private final String name;
    private final BooleanSupplier step;
    private final Duration idleWait;
    private final Duration errorPause;
    private final Object wakeUp = new Object();
    /** A wake-up that came while the step ran: without it the loop would wait although work arrived. */
    private boolean wakeRequested;
    private volatile boolean running;
    private Thread thread;

    /** @param step does one unit of work; returns false when there was nothing to do */
    public WorkerLoop(String name, BooleanSupplier step, Duration idleWait, Duration errorPause) {
        this.name = name;
        this.step = step;
        this.idleWait = idleWait;
        this.errorPause = errorPause;
    }

    public void start() {
        running = true;
        thread = Thread.ofPlatform().name(name).daemon().start(this::run);
    }

    /** Asks the loop to stop after its current step without waiting, so several loops can wind down together. */
    public void requestStop() {
        running = false;
        wake();
    }

    /** Stops after the current step, waiting at most {@code timeout}. */
    public void stop(Duration timeout) {
        requestStop();
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isRunning() {
        return running;
    }

    public void wake() {
        synchronized (wakeUp) {
            wakeRequested = true;
            wakeUp.notifyAll();
        }
    }

    private void run() {
        while (running) {
            try {
                synchronized (wakeUp) {
                    wakeRequested = false;
                }
                if (!step.getAsBoolean()) {
                    synchronized (wakeUp) {
                        if (!wakeRequested && running) {
                            wakeUp.wait(idleWait.toMillis());
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("{} paused after an error: {}", name, e.toString());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(errorPause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package ruhr.welcome.bot.webchat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The browsers that have a chat open (server-sent events). A change in a chat pushes its new lines
 * to each open stream of it; a sweep every few seconds catches lines written by another instance
 * and keeps idle connections alive through proxies.
 */
@Component
class LiveChats implements SmartLifecycle {

    /** One open stream: what it has already been sent (the newest revision). */
    static final class Stream {
        private final String chatKey;
        private final SseEmitter emitter;
        private long sentUpTo;

        Stream(String chatKey, SseEmitter emitter, long sentUpTo) {
            this.chatKey = chatKey;
            this.emitter = emitter;
            this.sentUpTo = sentUpTo;
        }
    }

    private static final int BATCH = 50;

    private final Map<String, Set<Stream>> open = new ConcurrentHashMap<>();
    private final ExecutorService pushers = Executors.newVirtualThreadPerTaskExecutor();
    private final Transcript transcript;

    LiveChats(Transcript transcript) {
        this.transcript = transcript;
    }

    void open(String chatKey, SseEmitter emitter, long after) {
        var stream = new Stream(chatKey, emitter, after);
        open.computeIfAbsent(chatKey, k -> ConcurrentHashMap.newKeySet()).add(stream);
        Runnable close = () -> close(stream);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(e -> close.run());
        pushers.execute(() -> push(stream));
    }

    @TransactionalEventListener
    void changed(Transcript.LineAdded added) {
        Set<Stream> streams = open.get(added.chatKey());
        if (streams != null) {
            streams.forEach(stream -> pushers.execute(() -> push(stream)));
        }
    }

    int openStreams() {
        return open.values().stream().mapToInt(Set::size).sum();
    }

    @Scheduled(fixedDelayString = "${welcome.webchat.sweep:3s}")
    void sweep() {
        if (open.isEmpty()) {
            return;
        }
        Map<String, Long> latest = transcript.newest(Set.copyOf(open.keySet()));
        open.forEach((chatKey, streams) -> streams.forEach(stream -> pushers.execute(() -> {
            if (latest.getOrDefault(chatKey, 0L) > stream.sentUpTo) {
                push(stream);
            } else {
                heartbeat(stream);
            }
        })));
    }

    private void push(Stream stream) {
        synchronized (stream) {
            try {
                List<ChatLine> batch;
                do {
                    batch = transcript.after(stream.chatKey, stream.sentUpTo, BATCH);
                    for (ChatLine line : batch) {
                        stream.emitter.send(SseEmitter.event().id(Long.toString(line.rev())).name("line").data(line));
                        stream.sentUpTo = line.rev();
                    }
                } while (batch.size() >= BATCH);
            } catch (IOException | IllegalStateException e) {
                close(stream); // the browser went away; it reconnects with Last-Event-ID
            }
        }
    }

    private void heartbeat(Stream stream) {
        synchronized (stream) {
            try {
                stream.emitter.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                close(stream);
            }
        }
    }

    private void close(Stream stream) {
        open.computeIfPresent(stream.chatKey, (k, streams) -> {
            streams.remove(stream);
            return streams.isEmpty() ? null : streams;
        });
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /** Ends open streams before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        running = false;
        open.values().forEach(streams -> streams.forEach(s -> s.emitter.complete()));
        open.clear();
        pushers.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

package ruhr.welcome.bot.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import ruhr.welcome.bot.conversation.Channel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several workers on the real database: chats are handled in parallel, but one chat's updates
 * never overlap and never change order, and every update is handled exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(properties = "welcome.inbound.workers=4")
class InboundProcessorTest {

    /** No token in tests, so the Telegram channel is off and its updates go to this handler. */
    private static final Channel CHANNEL = Channel.TELEGRAM;
    private static final AtomicInteger UPDATE_IDS = new AtomicInteger(1);

    @Autowired
    InboundStore store;

    @Autowired
    RecordingHandler handler;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void chatsRunInParallelWhileEachChatKeepsItsOrder() throws Exception {
        var batch = new ArrayList<InboundStore.Received>();
        for (int seq = 0; seq < 8; seq++) {
            for (int chat = 0; chat < 6; chat++) { // interleaved, as updates of many chats arrive
                batch.add(update("order-" + chat, seq));
            }
        }
        store.storeAll(CHANNEL, batch);

        for (int chat = 0; chat < 6; chat++) {
            handler.await("order-" + chat, 8);
        }
        for (int chat = 0; chat < 6; chat++) {
            assertThat(handler.handledOf("order-" + chat)).as("chat %d in arrival order, each once", chat)
                    .containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        }
        assertThat(handler.overlaps).as("one chat on two workers at once").isEmpty();
        assertThat(handler.mostAtOnce.get()).as("different chats at the same time").isGreaterThan(1);
        assertThat(jdbc.queryForObject("select count(*) from inbound_update where chat_key like 'order-%' "
                + "and (processed_at is null or attempts <> 1)", Integer.class)).isZero();
    }

    @Test
    void aFailedUpdateIsRetriedBeforeItsChatsLaterUpdatesWithoutHoldingUpOthers() throws Exception {
        handler.failOnce("retry-a", "0");
        store.store(CHANNEL, UPDATE_IDS.incrementAndGet(), "retry-a", "retry-a/0");
        store.store(CHANNEL, UPDATE_IDS.incrementAndGet(), "retry-a", "retry-a/1");
        store.store(CHANNEL, UPDATE_IDS.incrementAndGet(), "retry-b", "retry-b/0");

        handler.await("retry-a", 2);
        handler.await("retry-b", 1);
        assertThat(handler.handledOf("retry-a")).containsExactly("0", "1");
        assertThat(handler.handledOf("retry-b")).containsExactly("0");
        assertThat(handler.overlaps).isEmpty();
    }

    @Test
    void anUpdateStoredTwiceIsHandledOnce() throws Exception {
        long id = UPDATE_IDS.incrementAndGet();
        assertThat(store.store(CHANNEL, id, "twice", "twice/0")).isTrue();
        assertThat(store.store(CHANNEL, id, "twice", "twice/0")).isFalse();
        store.storeAll(CHANNEL, List.of(new InboundStore.Received(id, "twice", "twice/0"),
                new InboundStore.Received(UPDATE_IDS.incrementAndGet(), "twice", "twice/1")));

        handler.await("twice", 2);
        Thread.sleep(300); // a duplicate would show up by now
        assertThat(handler.handledOf("twice")).containsExactly("0", "1");
    }

    private static InboundStore.Received update(String chat, int seq) {
        return new InboundStore.Received(UPDATE_IDS.incrementAndGet(), chat, chat + "/" + seq);
    }

    /** Handles "chat/seq" payloads slowly, noting order, overlaps within a chat and overall parallelism. */
    static class RecordingHandler implements InboundHandler {
        private final Map<String, List<String>> handled = new ConcurrentHashMap<>();
        private final Set<String> busyChats = ConcurrentHashMap.newKeySet();
        private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
        private final AtomicInteger atOnce = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final List<String> overlaps = new CopyOnWriteArrayList<>();

        @Override
        public Channel channel() {
            return CHANNEL;
        }

        @Override
        public void handle(String payload) {
            String chat = payload.substring(0, payload.indexOf('/'));
            String seq = payload.substring(payload.indexOf('/') + 1);
            if (!busyChats.add(chat)) {
                overlaps.add(payload);
            }
            mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            try {
                Thread.sleep(25);
                if (failOnce.remove(payload)) {
                    throw new IllegalStateException("first attempt fails on purpose");
                }
                handled.computeIfAbsent(chat, c -> new CopyOnWriteArrayList<>()).add(seq);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                atOnce.decrementAndGet();
                busyChats.remove(chat);
            }
        }

        void failOnce(String chat, String seq) {
            failOnce.add(chat + "/" + seq);
        }

        List<String> handledOf(String chat) {
            return List.copyOf(handled.getOrDefault(chat, List.of()));
        }

        void await(String chat, int count) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 15_000;
            while (handledOf(chat).size() < count && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(handledOf(chat)).hasSizeGreaterThanOrEqualTo(count);
        }
    }

    @TestConfiguration
    static class Handlers {
        @Bean
        RecordingHandler recordingHandler() {
            return new RecordingHandler();
        }
    }
}

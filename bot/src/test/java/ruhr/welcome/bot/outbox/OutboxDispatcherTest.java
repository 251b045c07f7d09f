package ruhr.welcome.bot.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ChatRef;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox on the real database, with a recording channel in place of a messenger. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(properties = "welcome.outbox.per-chat-interval=200ms")
class OutboxDispatcherTest {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    RecordingChannel channel;

    @Autowired
    UnreachableChats unreachable;

    @Autowired
    DeliveredIds deliveredIds;

    @Test
    void deliversEveryMessageOnceInOrderPerChat() throws Exception {
        var a = chat();
        var b = chat();
        tx.executeWithoutResult(s -> {
            for (int i = 1; i <= 3; i++) {
                outbox.enqueue(a, "sendMessage", "a" + i);
                outbox.enqueue(b, "sendMessage", "b" + i);
            }
        });

        var delivered = channel.await(a, 3);
        assertThat(delivered).extracting(Delivery::payload).containsExactly("a1", "a2", "a3");
        assertThat(channel.await(b, 3)).extracting(Delivery::payload).containsExactly("b1", "b2", "b3");
        for (int i = 1; i < delivered.size(); i++) {
            assertThat(Duration.between(delivered.get(i - 1).at(), delivered.get(i).at()))
                    .as("one message per chat per interval").isGreaterThanOrEqualTo(Duration.ofMillis(190));
        }
    }

    @Test
    void temporaryRefusalsAreRetriedAndStillDeliveredOnce() throws Exception {
        var a = chat();
        channel.script(a, new SendResult.Retry(Duration.ofMillis(300), "429"), new SendResult.Retry(null, "500"));
        tx.executeWithoutResult(s -> {
            outbox.enqueue(a, "sendMessage", "first");
            outbox.enqueue(a, "sendMessage", "second");
        });

        assertThat(channel.await(a, 2)).extracting(Delivery::payload).containsExactly("first", "second");
        Thread.sleep(500);
        assertThat(channel.delivered(a)).hasSize(2);
        assertThat(channel.attempts(a)).isEqualTo(4);
    }

    @Test
    void anUnreachableChatIsDroppedAndReported() throws Exception {
        var a = chat();
        channel.script(a, new SendResult.Unreachable("403 blocked"));
        tx.executeWithoutResult(s -> outbox.enqueue(a, "sendMessage", "hello"));

        long deadline = System.currentTimeMillis() + 5000;
        while (!unreachable.chats.contains(a) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(unreachable.chats).contains(a);
        Thread.sleep(300);
        assertThat(channel.delivered(a)).isEmpty();
        assertThat(channel.attempts(a)).isEqualTo(1);
    }

    @Test
    void aChangeEnqueuedBeforeItsMessageWasDeliveredGetsThatMessagesIdAndFollowsIt() throws Exception {
        var a = chat();
        channel.script(a, new SendResult.Retry(Duration.ofMillis(400), "429"));
        long offer = tx.execute(s -> outbox.enqueueKeepingId(a, "sendMessage", "offer"));
        tx.executeWithoutResult(s -> outbox.enqueueChange(a, "editMessageText", "taken", offer));

        var delivered = channel.await(a, 2);
        long channelId = channel.idOf(a, "offer");
        assertThat(delivered).extracting(Delivery::payload).containsExactly("offer", "taken about " + channelId);
        assertThat(deliveredIds.await(offer)).as("announced to the features that change it later").isEqualTo(channelId);
    }

    @Test
    void aChangeOfAMessageThatWasNeverDeliveredIsNotSent() throws Exception {
        var a = chat();
        channel.script(a, new SendResult.Rejected("400 bad request"));
        long offer = tx.execute(s -> outbox.enqueueKeepingId(a, "sendMessage", "offer"));
        tx.executeWithoutResult(s -> {
            outbox.enqueueChange(a, "editMessageText", "taken", offer);
            outbox.enqueue(a, "sendMessage", "next");
        });

        assertThat(channel.await(a, 1)).extracting(Delivery::payload).containsExactly("next");
        Thread.sleep(300);
        assertThat(channel.delivered(a)).hasSize(1);
        assertThat(channel.attempts(a)).as("the refused message once, the change never, the next once").isEqualTo(2);
    }

    private static ChatRef chat() {
        return new ChatRef(Channel.WEB, UUID.randomUUID().toString());
    }

    record Delivery(String payload, Instant at, long channelId) {
    }

    /** Records deliveries; scripted results are returned before the normal "sent". */
    static class RecordingChannel implements ChannelSender {
        private final Map<String, List<Delivery>> delivered = new ConcurrentHashMap<>();
        private final Map<String, Queue<SendResult>> scripts = new ConcurrentHashMap<>();
        private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong(500);

        @Override
        public Channel channel() {
            return Channel.WEB;
        }

        @Override
        public SendResult send(String chatId, String method, String payload) {
            attempts.merge(chatId, 1, Integer::sum);
            var scripted = scripts.getOrDefault(chatId, new ConcurrentLinkedQueue<>()).poll();
            if (scripted != null) {
                return scripted;
            }
            long id = ids.incrementAndGet();
            delivered.computeIfAbsent(chatId, c -> new CopyOnWriteArrayList<>()).add(new Delivery(payload, Instant.now(), id));
            return new SendResult.Sent(id);
        }

        /** A change of an earlier message: recorded with the id it was given. */
        @Override
        public SendResult send(String chatId, String method, String payload, long messageId) {
            return send(chatId, method, payload + " about " + messageId);
        }

        long idOf(ChatRef chat, String payload) {
            return delivered(chat).stream().filter(d -> d.payload().equals(payload)).findFirst().orElseThrow().channelId();
        }

        void script(ChatRef chat, SendResult... results) {
            scripts.put(chat.externalId(), new ConcurrentLinkedQueue<>(List.of(results)));
        }

        List<Delivery> delivered(ChatRef chat) {
            return new ArrayList<>(delivered.getOrDefault(chat.externalId(), List.of()));
        }

        int attempts(ChatRef chat) {
            return attempts.getOrDefault(chat.externalId(), 0);
        }

        List<Delivery> await(ChatRef chat, int count) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 10_000;
            while (delivered(chat).size() < count && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(delivered(chat)).hasSize(count);
            return delivered(chat);
        }
    }

    static class UnreachableChats {
        final List<ChatRef> chats = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ChatUnreachable event) {
            chats.add(event.chat());
        }
    }

    static class DeliveredIds {
        final Map<Long, Long> ids = new ConcurrentHashMap<>();

        @EventListener
        void on(MessagesDelivered event) {
            event.messages().forEach(m -> ids.put(m.outboxId(), m.channelMessageId()));
        }

        Long await(long outboxId) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 10_000;
            while (!ids.containsKey(outboxId) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            return ids.get(outboxId);
        }
    }

    @TestConfiguration
    static class Channels {
        @Bean
        DeliveredIds deliveredIds() {
            return new DeliveredIds();
        }

        @Bean
        RecordingChannel recordingChannel() {
            return new RecordingChannel();
        }

        @Bean
        UnreachableChats unreachableChats() {
            return new UnreachableChats();
        }
    }
}

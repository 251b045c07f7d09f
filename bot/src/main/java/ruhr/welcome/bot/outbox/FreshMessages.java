package ruhr.welcome.bot.outbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Messages this instance committed and has not leased yet, per chat in the order they were
 * enqueued. The dispatcher leases them by id, a primary-key lookup, instead of searching the table
 * for due messages; what it cannot lease that way (another instance took it, a retry is waiting
 * before it) it leaves to the occasional search.
 */
final class FreshMessages {

    private final Map<String, ArrayDeque<Long>> byChat = new LinkedHashMap<>();

    synchronized void add(String chat, long id) {
        byChat.computeIfAbsent(chat, c -> new ArrayDeque<>()).add(id);
    }

    /**
     * Takes the oldest message of up to {@code limit} chats, leaving out the chats {@code waiting}
     * says must wait (one in flight, or inside the per-chat interval).
     */
    synchronized List<Long> takeHeads(int limit, Predicate<String> waiting) {
        var heads = new ArrayList<Long>();
        for (Iterator<Map.Entry<String, ArrayDeque<Long>>> chats = byChat.entrySet().iterator();
             chats.hasNext() && heads.size() < limit; ) {
            var chat = chats.next();
            if (waiting.test(chat.getKey())) {
                continue;
            }
            heads.add(chat.getValue().poll());
            if (chat.getValue().isEmpty()) {
                chats.remove();
            }
        }
        return heads;
    }
}

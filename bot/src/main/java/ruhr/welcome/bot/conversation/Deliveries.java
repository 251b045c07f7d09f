package ruhr.welcome.bot.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Sends to any chat through its channel's {@link ChatDelivery}. */
@Component
public class Deliveries {

    private final Map<Channel, ChatDelivery> channels;

    Deliveries(List<ChatDelivery> channels) {
        this.channels = channels.stream().collect(Collectors.toMap(ChatDelivery::channel, Function.identity()));
    }

    /** Whether this channel is on (Telegram needs its token). */
    public boolean canReach(Channel channel) {
        return channels.containsKey(channel);
    }

    public void send(ChatRef to, Reply reply) {
        delivery(to).send(to, reply);
    }

    public Posted post(ChatRef to, Reply reply) {
        return delivery(to).post(to, reply);
    }

    public Optional<Posted> copy(ChatRef from, long messageId, ChatRef to) {
        return from.channel() == to.channel() ? delivery(to).copy(from, messageId, to) : Optional.empty();
    }

    public void editCopy(ChatRef to, Posted copy, String text, boolean caption) {
        delivery(to).editCopy(to, copy, text, caption);
    }

    public void replace(ChatRef to, Posted message, Reply reply) {
        delivery(to).replace(to, message, reply);
    }

    private ChatDelivery delivery(ChatRef to) {
        ChatDelivery delivery = channels.get(to.channel());
        if (delivery == null) {
            throw new IllegalStateException("no delivery for channel " + to.channel());
        }
        return delivery;
    }
}

package ruhr.welcome.bot.conversation;

/** A chat on one channel; the external id never leaves the bot (not logged, not shown to guides). */
public record ChatRef(Channel channel, String externalId) {

    @Override
    public String toString() {
        return channel + ":***"; // chat ids are personal data: keep them out of logs and exceptions
    }
}

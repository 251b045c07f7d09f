package ruhr.welcome.bot.guide;

/** Where a guide is in setting up their profile in the bot; only READY guides are offered chats. */
public enum SetupStep {
    NAME, LANGUAGES, CITIES, TOPICS, AVAILABILITY, CAPACITY, READY;

    SetupStep next() {
        return this == READY ? READY : values()[ordinal() + 1];
    }
}

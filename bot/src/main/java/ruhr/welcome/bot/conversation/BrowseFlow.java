package ruhr.welcome.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ruhr.welcome.bot.conversation.Reply.Button;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.knowledge.faq.Audience;
import ruhr.welcome.knowledge.faq.PublishedFaq;
import ruhr.welcome.knowledge.faq.Topic;

/** Browsing: audience, then topic, then a page of questions, then an answer. */
@Component
class BrowseFlow {

    static final int PAGE_SIZE = 6;
    private static final String ALL = "all";

    private final PublishedFaq faq;
    private final BotTexts texts;
    private final Menus menus;
    private final AnswerFlow answers;

    BrowseFlow(PublishedFaq faq, BotTexts texts, Menus menus, AnswerFlow answers) {
        this.faq = faq;
        this.texts = texts;
        this.menus = menus;
        this.answers = answers;
    }

    Reply audiences(Conversation conversation) {
        String lang = menus.ui(conversation.getLang());
        var rows = new ArrayList<List<Button>>();
        for (Audience audience : Audience.values()) {
            rows.add(List.of(menus.button(lang, "audience." + audience.id(), ButtonData.audience(audience.id()))));
        }
        rows.add(List.of(menus.button(lang, "topics.all", ButtonData.audience(ALL))));
        return menus.say(conversation, "topics.audience", rows);
    }

    Reply topics(Conversation conversation, String audience) {
        if (!ALL.equals(audience) && Audience.byId(audience).isEmpty()) {
            return answers.stale(conversation);
        }
        String lang = menus.ui(conversation.getLang());
        var buttons = java.util.Arrays.stream(Topic.values())
                .filter(topic -> !faq.onTopic(topic.id(), filter(audience), conversation.getCity(), lang).isEmpty())
                .map(topic -> menus.button(lang, "topic." + topic.id(), ButtonData.topic(topic.id(), audience, 0)))
                .toList();
        var rows = new ArrayList<>(Menus.rows(buttons, 2));
        rows.add(List.of(menus.button(lang, "nav.back", ButtonData.menu("topics")),
                menus.button(lang, "nav.menu", ButtonData.menu("main"))));
        return menus.say(conversation, "topics.choose", rows);
    }

    Reply entries(Conversation conversation, String topic, String audience, int page) {
        if (Topic.byId(topic).isEmpty() || (!ALL.equals(audience) && Audience.byId(audience).isEmpty())) {
            return answers.stale(conversation);
        }
        String lang = menus.ui(conversation.getLang());
        var shown = faq.onTopic(topic, filter(audience), conversation.getCity(), lang);
        if (shown.isEmpty()) {
            return menus.say(conversation, "topics.empty", List.of(List.of(
                    menus.button(lang, "menu.person", ButtonData.guide()),
                    menus.button(lang, "nav.back", ButtonData.audience(audience)))));
        }
        int pages = (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int current = Math.min(Math.max(page, 0), pages - 1);
        var rows = new ArrayList<List<Button>>();
        shown.stream().skip((long) current * PAGE_SIZE).limit(PAGE_SIZE).forEach(entry -> rows.add(List.of(
                new Button(Menus.label(PublishedFaq.question(entry, lang)), ButtonData.entry(entry.id())))));
        var navigation = new ArrayList<Button>();
        if (current > 0) {
            navigation.add(menus.button(lang, "nav.previous", ButtonData.topic(topic, audience, current - 1)));
        }
        if (current < pages - 1) {
            navigation.add(menus.button(lang, "nav.next", ButtonData.topic(topic, audience, current + 1)));
        }
        if (!navigation.isEmpty()) {
            rows.add(navigation);
        }
        rows.add(List.of(menus.button(lang, "nav.back", ButtonData.audience(audience)),
                menus.button(lang, "nav.menu", ButtonData.menu("main"))));
        String title = texts.text(lang, "topics.entries", Map.of("topic", texts.text(lang, "topic." + topic),
                "page", current + 1, "pages", pages));
        return Reply.text(lang, title, rows);
    }

    Reply entry(Conversation conversation, long entryId) {
        return faq.byId(entryId)
                .map(shown -> answers.entryReply(conversation, shown, answers.bestLanguage(shown, conversation), null))
                .orElseGet(() -> answers.stale(conversation));
    }

    private static String filter(String audience) {
        return ALL.equals(audience) ? null : audience;
    }
}

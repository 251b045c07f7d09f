package ruhr.welcome.bot.referral;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import ruhr.welcome.bot.conversation.ConversationRepository;
import ruhr.welcome.bot.conversation.Reply;
import ruhr.welcome.bot.guide.GuideRoster;
import ruhr.welcome.bot.handoff.Handoff;
import ruhr.welcome.bot.handoff.HandoffDesk;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffAccepted;
import ruhr.welcome.bot.handoff.HandoffEvents.NewcomerWrote;
import ruhr.welcome.bot.handoff.HandoffState;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.questions.QuestionLog;

/**
 * Reminds a guide of the limits of volunteering: when a chat's topic, the newcomer's note, the
 * questions in the brief or a relayed message suggest asylum, law, debt, health or violence, the
 * guide (never the newcomer) gets the matching professional services, in the guide's language, once
 * per area and chat. Runs after the commit, so the reminder follows the brief or the message.
 */
@Component
class ReferralReminders {

    static final int SERVICES_SHOWN = 5;
    private static final int BRIEF_QUESTIONS = 10;

    private final ReferralSignals signals;
    private final Referrals referrals;
    private final HandoffDesk desk;
    private final ConversationRepository conversations;
    private final QuestionLog questions;
    private final GuideRoster roster;
    private final BotTexts texts;
    private final JdbcTemplate jdbc;

    ReferralReminders(ReferralSignals signals, Referrals referrals, HandoffDesk desk, ConversationRepository conversations,
                      QuestionLog questions, GuideRoster roster, BotTexts texts, JdbcTemplate jdbc) {
        this.signals = signals;
        this.referrals = referrals;
        this.desk = desk;
        this.conversations = conversations;
        this.questions = questions;
        this.roster = roster;
        this.texts = texts;
        this.jdbc = jdbc;
    }

    /** On pickup: the topic, the note and what the newcomer asked the bot before. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void accepted(HandoffAccepted accepted) {
        connected(accepted.handoffId(), accepted.guideId()).ifPresent(handoff ->
                conversations.findById(handoff.getConversationId()).ifPresent(conversation -> {
                    Set<ReferralArea> areas = EnumSet.noneOf(ReferralArea.class);
                    areas.addAll(signals.areasOfTopic(handoff.getTopic()));
                    areas.addAll(signals.areasIn(handoff.getNote()));
                    questions.byAsker(conversation.getAskerRef()).stream().limit(BRIEF_QUESTIONS)
                            .forEach(q -> areas.addAll(signals.areasIn(q.getQuestion())));
                    remind(handoff, accepted.guideId(), conversation.getPseudonym(), areas);
                }));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void newcomerWrote(NewcomerWrote wrote) {
        Set<ReferralArea> areas = signals.areasIn(wrote.text());
        if (!areas.isEmpty()) {
            connected(wrote.handoffId(), wrote.guideId()).ifPresent(handoff -> remind(handoff, wrote.guideId(), wrote.pseudonym(), areas));
        }
    }

    /** The chat, if this guide still holds it (it may have ended or moved on since). */
    private java.util.Optional<Handoff> connected(long handoffId, long guideId) {
        return desk.find(handoffId).filter(h -> h.getState() == HandoffState.CONNECTED && Long.valueOf(guideId).equals(h.getGuideId()));
    }

    private void remind(Handoff handoff, long guideId, int pseudonym, Set<ReferralArea> areas) {
        for (ReferralArea area : areas) {
            int first = jdbc.update("insert into referral_reminder (handoff_id, guide_id, area) values (?, ?, ?) on conflict do nothing",
                    handoff.getId(), guideId, area.id());
            if (first == 1) {
                List<Referral> services = referrals.matching(area, handoff.getCity(), handoff.getLang(), SERVICES_SHOWN);
                roster.tell(guideId, lang -> Reply.text(lang, reminder(lang, area, pseudonym, services)));
            }
        }
    }

    String reminder(String lang, ReferralArea area, int pseudonym, List<Referral> services) {
        String listed = services.isEmpty() ? texts.text(lang, "referral.none")
                : services.stream().map(s -> line(s, lang)).collect(Collectors.joining("\n"));
        return texts.text(lang, "referral.reminder", Map.of(
                "pseudonym", texts.text(lang, "guide.pseudonym", Map.of("number", pseudonym)),
                "area", texts.text(lang, "referral.area." + area.id()),
                "services", listed));
    }

    /** "• Name (Essen): 0201 123 · https://… – languages: Arabic, German" */
    private String line(Referral service, String lang) {
        var contact = new ArrayList<String>();
        if (service.getPhone() != null) {
            contact.add(service.getPhone());
        }
        if (service.getUrl() != null) {
            contact.add(service.getUrl());
        }
        String where = service.getCity() == null ? texts.text(lang, "region.whole")
                : City.byId(service.getCity()).map(City::displayName).orElse(service.getCity());
        String languages = service.getLanguages().stream().map(l -> BotTexts.languageName(l, lang)).collect(Collectors.joining(", "));
        return "• " + service.getName() + " (" + where + "): " + String.join(" · ", contact)
                + (languages.isEmpty() ? "" : " – " + texts.text(lang, "referral.languages", Map.of("languages", languages)));
    }
}

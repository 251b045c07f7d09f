package ruhr.welcome.bot.guide;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.Deliveries;
import ruhr.welcome.bot.conversation.Reply;
import ruhr.welcome.bot.handoff.Handoff;
import ruhr.welcome.bot.handoff.HandoffDesk;
import ruhr.welcome.bot.handoff.HandoffEvents.HandoffReassigned;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.knowledge.faq.City;
import ruhr.welcome.knowledge.faq.Topic;

/**
 * What coordinators do to guides: correct a profile, deactivate and reactivate. The guide is told
 * in the bot, in their language. A deactivated guide's open chats go back to the queue and on to
 * other guides with the brief, so no newcomer loses their place or has to ask again.
 */
@Service
public class GuideRoster {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    /** The edit was based on an older version of the profile: someone changed it meanwhile. */
    public static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile(long guideId) {
            super("guide " + guideId + " was changed meanwhile");
        }
    }

    private final GuideRepository guides;
    private final HandoffDesk handoffs;
    private final GuideChats chats;
    private final Deliveries deliveries;
    private final BotTexts texts;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    GuideRoster(GuideRepository guides, HandoffDesk handoffs, GuideChats chats, Deliveries deliveries, BotTexts texts,
                JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.guides = guides;
        this.handoffs = handoffs;
        this.chats = chats;
        this.deliveries = deliveries;
        this.texts = texts;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A guide as the console shows them; the Telegram account is not part of it. */
    public record GuideView(long id, GuideProfile profile, int version, boolean left, boolean deactivated, boolean paused,
                            SetupStep step, int openChats) {
        /** Coordinators edit finished profiles of guides who have not left. */
        public boolean editable() {
            return !left && step == SetupStep.READY;
        }

        /** left, deactivated, paused, setup or active. */
        public String status() {
            return left ? "left" : deactivated ? "deactivated" : paused ? "paused" : step != SetupStep.READY ? "setup" : "active";
        }
    }

    @Transactional(readOnly = true)
    public Optional<GuideView> view(long guideId) {
        return guides.findById(guideId).map(this::view);
    }

    private GuideView view(Guide guide) {
        return new GuideView(guide.getId(), GuideProfile.of(guide), guide.getVersion(), !guide.isActive(), guide.isDeactivated(),
                guide.isPaused(), guide.getSetupStep(), handoffs.connectedTo(guide.getId()).size());
    }

    /** The languages a guide can choose (the bot's languages). */
    public List<String> languages() {
        return texts.languages();
    }

    /**
     * Replaces the profile, if nobody changed it since {@code expectedVersion} was read.
     *
     * @throws IllegalArgumentException for a value the bot does not know or a broken rule
     * @throws IllegalStateException    when the guide has left or is still setting up
     */
    @Transactional
    public GuideView amend(long guideId, int expectedVersion, GuideProfile profile) {
        Guide guide = guides.findById(guideId).orElseThrow(() -> new IllegalArgumentException("no guide " + guideId));
        if (guide.getVersion() != expectedVersion) {
            throw new ChangedMeanwhile(guideId);
        }
        if (!texts.languages().containsAll(profile.languages())
                || !profile.cities().stream().allMatch(c -> City.byId(c).isPresent())
                || !profile.topics().stream().allMatch(t -> Topic.byId(t).isPresent())) {
            throw new IllegalArgumentException("unknown language, city or topic");
        }
        guide.amend(profile);
        tell(guide, lang -> Reply.text(lang, texts.text(lang, "roster.profile-changed", Map.of(
                "name", guide.getDisplayName(),
                "languages", guide.getLanguages().stream().map(l -> BotTexts.languageName(l, lang)).collect(Collectors.joining(", ")),
                "cities", guide.getCities().isEmpty() ? texts.text(lang, "region.whole")
                        : guide.getCities().stream().map(c -> City.byId(c).map(City::displayName).orElse(c)).collect(Collectors.joining(", ")),
                "topics", guide.getTopics().isEmpty() ? "–"
                        : guide.getTopics().stream().map(t -> texts.text(lang, "topic." + t)).collect(Collectors.joining(", ")),
                "times", GuideProfile.of(guide).sortedWindows().stream()
                        .map(w -> BotTexts.weekday(w.dayOfWeek(), lang) + " " + w.start().format(HOURS) + "–" + w.end().format(HOURS))
                        .collect(Collectors.joining(", ")),
                "max", guide.getMaxOpenChats()))));
        return view(guide);
    }

    /**
     * No more offers for this guide until reactivated; their open offers are withdrawn and their open
     * chats go to other guides. Returns how many chats were handed over.
     */
    @Transactional
    public int deactivate(long guideId) {
        Guide guide = guides.findById(guideId).orElseThrow(() -> new IllegalArgumentException("no guide " + guideId));
        guide.deactivate(Instant.now());
        jdbc.update("update handoff_offer set outcome = 'WITHDRAWN' where guide_id = ? and outcome = 'OPEN'", guideId);
        List<Handoff> open = handoffs.connectedTo(guideId);
        for (Handoff handoff : open) {
            handoffs.release(handoff);
            events.publishEvent(new HandoffReassigned(handoff.getId(), handoff.getConversationId()));
        }
        tell(guide, lang -> Reply.text(lang, texts.text(lang, "roster.deactivated")
                + (open.isEmpty() ? "" : "\n" + texts.text(lang, "roster.chats-handed-over", Map.of("count", open.size())))));
        return open.size();
    }

    @Transactional
    public void reactivate(long guideId) {
        Guide guide = guides.findById(guideId).orElseThrow(() -> new IllegalArgumentException("no guide " + guideId));
        guide.reactivate();
        tell(guide, lang -> Reply.text(lang, texts.text(lang, "roster.reactivated")));
    }

    /**
     * Sends the guide a message in their language (the function gets the language), if their account
     * is linked and Telegram is on. Other features never see the guide's account.
     */
    @Transactional
    public void tell(long guideId, Function<String, Reply> message) {
        guides.findById(guideId).ifPresent(guide -> tell(guide, message));
    }

    private void tell(Guide guide, Function<String, Reply> message) {
        if (guide.getTelegramUserId() != null && deliveries.canReach(Channel.TELEGRAM)) {
            deliveries.send(GuideChats.chatOf(guide), message.apply(chats.guideLanguage(guide)));
        }
    }
}

package ruhr.welcome.bot.guide;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.Inbound;
import ruhr.welcome.bot.conversation.IncomingMessage;
import ruhr.welcome.bot.conversation.Reply;
import ruhr.welcome.bot.handoff.HandoffDesk;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.knowledge.questions.FaqProposals;

/**
 * Everything a Welcome Guide does in the bot: joining with an invitation, their profile, pause and
 * leave, offers, and their chats with newcomers. A Telegram account is a guide's once linked; its
 * messages never reach the newcomers' engine.
 */
@Service
public class GuideDesk {

    private final GuideRepository guides;
    private final GuideInvites invites;
    private final GuideSetupFlow setup;
    private final GuideChats chats;
    private final RelayEdits edits;
    private final HandoffDesk handoffs;
    private final FaqProposals proposals;
    private final BotTexts texts;

    GuideDesk(GuideRepository guides, GuideInvites invites, GuideSetupFlow setup, GuideChats chats, RelayEdits edits,
              HandoffDesk handoffs, FaqProposals proposals, BotTexts texts) {
        this.edits = edits;
        this.proposals = proposals;
        this.guides = guides;
        this.invites = invites;
        this.setup = setup;
        this.chats = chats;
        this.handoffs = handoffs;
        this.texts = texts;
    }

    /**
     * Handles the message if it is a guide's (or someone's joining as one); empty when it is a
     * newcomer's, for the newcomers' engine.
     */
    @Transactional
    public Optional<List<Reply>> handle(IncomingMessage message) {
        if (message.chat().channel() != Channel.TELEGRAM) {
            return Optional.empty();
        }
        long userId = Long.parseLong(message.chat().externalId());
        String lang = chats.guideLanguage(message.clientLanguage());
        var existing = guides.findByTelegramUserId(userId).filter(Guide::isActive);
        if (existing.isEmpty()) {
            boolean joining = message.content() instanceof Inbound.Command(String name, String argument)
                    && name.equals("start") && argument != null && argument.startsWith(GuideInvites.START_PREFIX);
            return joining ? Optional.of(List.of(join(message, userId, lang))) : Optional.empty();
        }
        Guide guide = existing.get();
        guide.speaks(lang);
        return Optional.of(switch (message.content()) {
            case Inbound.Command command -> command(guide, command, lang);
            case Inbound.Button button -> button(guide, button.data(), lang);
            case Inbound.Text text -> guide.getSetupStep() == SetupStep.NAME ? List.of(setup.name(guide, text.text(), lang))
                    : guide.getSetupStep() != SetupStep.READY ? List.of(setup.prompt(guide, lang))
                    : guide.getProposalStep() != Guide.ProposalStep.NONE ? List.of(proposal(guide, text.text(), lang))
                    : chats.fromGuide(guide, message.channelMessageId(), text.text(), lang);
            case Inbound.Unsupported ignored -> guide.getSetupStep() != SetupStep.READY ? List.of(setup.prompt(guide, lang))
                    : chats.fromGuide(guide, message.channelMessageId(), null, lang);
            case Inbound.Edited edited -> edits.guideEdited(guide, message.channelMessageId(), edited, lang);
        });
    }

    private Reply join(IncomingMessage message, long userId, String lang) {
        String token = message.content() instanceof Inbound.Command(String n, String argument)
                ? argument.substring(GuideInvites.START_PREFIX.length()) : "";
        var redeemed = invites.redeem(token, userId);
        if (redeemed.refusal() != null) {
            return Reply.text(lang, texts.text(lang, "guide.invite-" + redeemed.refusal().name().toLowerCase().replace('_', '-')));
        }
        redeemed.guide().speaks(lang);
        return Reply.text(lang, texts.text(lang, "guide.welcome") + "\n\n"
                + texts.text(lang, "guide.ask-name", Map.of("max", Guide.MAX_NAME)));
    }

    /** The question, then the answer; then it goes to the editors' gaps inbox. */
    private Reply proposal(Guide guide, String text, String lang) {
        if (guide.getProposalStep() == Guide.ProposalStep.QUESTION) {
            guide.proposedQuestion(text);
            return Reply.text(lang, texts.text(lang, "guide.propose-answer"));
        }
        proposals.propose(guide.getProposalLang(), guide.getProposalQuestion(), text, "guide:" + guide.getId(), null, null);
        guide.proposalDone();
        return Reply.text(lang, texts.text(lang, "guide.proposed"));
    }

    private List<Reply> command(Guide guide, Inbound.Command command, String lang) {
        if (guide.getProposalStep() != Guide.ProposalStep.NONE) {
            guide.proposalDone(); // any command leaves an unfinished proposal
        }
        return switch (command.name()) {
            case "start", "help" -> List.of(guide.getSetupStep() == SetupStep.READY
                    ? Reply.text(lang, texts.text(lang, "guide.help")) : setup.prompt(guide, lang));
            case "profile" -> {
                guide.editProfile();
                yield List.of(setup.prompt(guide, lang));
            }
            case "pause" -> {
                guide.pause();
                yield List.of(Reply.text(lang, texts.text(lang, "guide.paused")));
            }
            case "resume" -> {
                guide.resume();
                // their own pause ends, but a coordinator's deactivation still keeps offers away
                yield List.of(Reply.text(lang, texts.text(lang, guide.isDeactivated() ? "guide.resumed-deactivated" : "guide.resumed")));
            }
            case "leave" -> {
                chats.endAll(guide);
                guide.leave();
                yield List.of(Reply.text(lang, texts.text(lang, "guide.left")));
            }
            case "chats" -> List.of(chats.chats(guide, lang));
            case "end" -> List.of(chats.end(guide, lang));
            case "propose" -> List.of(startProposal(guide, lang, lang));
            default -> List.of(Reply.text(lang, texts.text(lang, "guide.help")));
        };
    }

    private Reply startProposal(Guide guide, String proposalLang, String lang) {
        if (guide.getSetupStep() != SetupStep.READY) {
            return setup.prompt(guide, lang);
        }
        guide.startProposal(proposalLang);
        return Reply.text(lang, texts.text(lang, "guide.propose-question"));
    }

    private List<Reply> button(Guide guide, String data, String lang) {
        var parsed = GuideButtons.parse(data);
        if (parsed.isEmpty()) {
            return List.of(Reply.text(lang, texts.text(lang, "guide.help")));
        }
        var button = parsed.get();
        return switch (button.kind()) {
            case ACCEPT -> guide.getSetupStep() == SetupStep.READY ? List.of(chats.accept(guide, button.number(0), lang))
                    : List.of(setup.prompt(guide, lang));
            case DECLINE -> {
                handoffs.decline(button.number(0), guide.getId());
                yield List.of(Reply.text(lang, texts.text(lang, "guide.declined")));
            }
            case ANSWER_IN -> List.of(chats.answerIn(guide, button.number(0), lang));
            case PROPOSE -> List.of(startProposal(guide, texts.languages().contains(button.args().getFirst())
                    ? button.args().getFirst() : lang, lang));
            default -> List.of(setup.answer(guide, button, lang));
        };
    }
}

package ruhr.welcome.bot.guide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A volunteer Welcome Guide. Newcomers only ever see the display name; the Telegram account stays
 * with the bot. Owns its set-up steps: each step's answer moves it on, and only a finished profile
 * is matched.
 */
@Entity
@Table(name = "guide")
public class Guide {

    public static final int MAX_NAME = 40;
    public static final int MAX_OPEN_CHATS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "display_name", nullable = false)
    private String displayName = "";

    @Column(name = "telegram_user_id", unique = true)
    private Long telegramUserId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> languages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> cities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> topics = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "guide_availability", joinColumns = @JoinColumn(name = "guide_id"))
    private Set<Window> windows = new LinkedHashSet<>();

    @Column(name = "max_open_chats", nullable = false)
    private int maxOpenChats = 2;

    private boolean paused;
    private boolean active = true;

    /** Set while a coordinator has deactivated the guide: no offers, the account stays linked. */
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "setup_step", nullable = false)
    private SetupStep setupStep = SetupStep.NAME;

    @Column(name = "last_assigned_at")
    private Instant lastAssignedAt;

    /** Where the guide is in proposing an FAQ entry. */
    public enum ProposalStep { NONE, QUESTION, ANSWER }

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal_step", nullable = false)
    private ProposalStep proposalStep = ProposalStep.NONE;

    @Column(name = "proposal_question")
    private String proposalQuestion;

    /** The language of the chat the proposal comes from. */
    @Column(name = "proposal_lang")
    private String proposalLang;

    @Column(name = "ui_lang")
    private String uiLang;

    /** The chat the guide's messages go to when they have several. */
    @Column(name = "active_handoff_id")
    private Long activeHandoffId;

    @Version
    private int version;

    protected Guide() {
    }

    Guide(long telegramUserId) {
        this.telegramUserId = telegramUserId;
    }

    void name(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new IllegalArgumentException("a display name has 1 to " + MAX_NAME + " characters");
        }
        displayName = clean;
        advanceFrom(SetupStep.NAME);
    }

    void toggleLanguage(String lang) {
        requireStep(SetupStep.LANGUAGES);
        toggle(languages, lang);
    }

    void toggleCity(String city) {
        requireStep(SetupStep.CITIES);
        toggle(cities, city);
    }

    void toggleTopic(String topic) {
        requireStep(SetupStep.TOPICS);
        toggle(topics, topic);
    }

    void toggleWindow(Window window) {
        requireStep(SetupStep.AVAILABILITY);
        if (!windows.remove(window)) {
            windows.add(window);
        }
    }

    /** Finishes the current multiple-choice step; languages and windows need at least one choice. */
    void stepDone() {
        switch (setupStep) {
            case LANGUAGES -> require(!languages.isEmpty(), "choose at least one language");
            case AVAILABILITY -> require(!windows.isEmpty(), "choose at least one time");
            case CITIES, TOPICS -> { }
            default -> throw new IllegalStateException("step " + setupStep + " is not a choice");
        }
        setupStep = setupStep.next();
    }

    void capacity(int openChats) {
        requireStep(SetupStep.CAPACITY);
        require(openChats >= 1 && openChats <= MAX_OPEN_CHATS, "1 to " + MAX_OPEN_CHATS + " chats at once");
        maxOpenChats = openChats;
        setupStep = SetupStep.READY;
    }

    /** Goes through the profile again from the name; existing answers stay as defaults. */
    void editProfile() {
        requireActive();
        setupStep = SetupStep.NAME;
    }

    void pause() {
        requireActive();
        paused = true;
    }

    void resume() {
        requireActive();
        paused = false;
    }

    /** Leaving unlinks the Telegram account, so nothing of the guide's account is kept. */
    void leave() {
        requireActive();
        active = false;
        paused = true;
        telegramUserId = null;
    }

    /**
     * A coordinator's correction of a finished profile, under the same rules as in the bot. During
     * set-up the profile is the guide's own.
     */
    void amend(GuideProfile profile) {
        requireStep(SetupStep.READY);
        String clean = profile.displayName() == null ? "" : profile.displayName().strip().replaceAll("\\s+", " ");
        require(!clean.isEmpty() && clean.length() <= MAX_NAME, "a display name has 1 to " + MAX_NAME + " characters");
        require(!profile.languages().isEmpty(), "choose at least one language");
        require(!profile.windows().isEmpty(), "choose at least one time");
        require(profile.maxOpenChats() >= 1 && profile.maxOpenChats() <= MAX_OPEN_CHATS, "1 to " + MAX_OPEN_CHATS + " chats at once");
        displayName = clean;
        languages = new ArrayList<>(profile.languages());
        cities = new ArrayList<>(profile.cities());
        topics = new ArrayList<>(profile.topics());
        windows.clear();
        windows.addAll(profile.windows());
        maxOpenChats = profile.maxOpenChats();
    }

    /** A coordinator takes the guide off the offers for now; they stay linked and keep their profile. */
    void deactivate(Instant at) {
        requireActive();
        if (deactivatedAt != null) {
            throw new IllegalStateException("guide " + id + " is already deactivated");
        }
        deactivatedAt = at;
        activeHandoffId = null;
    }

    void reactivate() {
        requireActive();
        if (deactivatedAt == null) {
            throw new IllegalStateException("guide " + id + " is not deactivated");
        }
        deactivatedAt = null;
    }

    void assigned(long handoffId, Instant at) {
        lastAssignedAt = at;
        activeHandoffId = handoffId;
    }

    void startProposal(String lang) {
        requireStep(SetupStep.READY);
        proposalStep = ProposalStep.QUESTION;
        proposalLang = lang;
        proposalQuestion = null;
    }

    void proposedQuestion(String question) {
        if (proposalStep != ProposalStep.QUESTION) {
            throw new IllegalStateException("no proposal question expected");
        }
        proposalQuestion = question.strip();
        proposalStep = ProposalStep.ANSWER;
    }

    /** Ends the proposal (sent or cancelled); returns to chatting. */
    void proposalDone() {
        proposalStep = ProposalStep.NONE;
        proposalQuestion = null;
        proposalLang = null;
    }

    void speaks(String appLanguage) {
        uiLang = appLanguage;
    }

    void answerIn(Long handoffId) {
        activeHandoffId = handoffId;
    }

    private void advanceFrom(SetupStep expected) {
        requireStep(expected);
        setupStep = setupStep.next();
    }

    private void requireStep(SetupStep expected) {
        requireActive();
        if (setupStep != expected) {
            throw new IllegalStateException("guide " + id + " is at " + setupStep + ", not " + expected);
        }
    }

    private void requireActive() {
        if (!active) {
            throw new IllegalStateException("guide " + id + " has left");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private static void toggle(List<String> values, String value) {
        if (!values.remove(value)) {
            values.add(value);
        }
    }

    public Long getId() { return id; }
    public String getDisplayName() { return displayName; }
    public Long getTelegramUserId() { return telegramUserId; }
    public List<String> getLanguages() { return List.copyOf(languages); }
    public List<String> getCities() { return List.copyOf(cities); }
    public List<String> getTopics() { return List.copyOf(topics); }
    public Set<Window> getWindows() { return Set.copyOf(windows); }
    public int getMaxOpenChats() { return maxOpenChats; }
    public boolean isPaused() { return paused; }
    public boolean isActive() { return active; }
    public boolean isDeactivated() { return deactivatedAt != null; }
    public Instant getDeactivatedAt() { return deactivatedAt; }
    public int getVersion() { return version; }
    public SetupStep getSetupStep() { return setupStep; }
    public Instant getLastAssignedAt() { return lastAssignedAt; }
    public Long getActiveHandoffId() { return activeHandoffId; }
    public String getUiLang() { return uiLang; }
    public ProposalStep getProposalStep() { return proposalStep; }
    public String getProposalQuestion() { return proposalQuestion; }
    public String getProposalLang() { return proposalLang; }
}

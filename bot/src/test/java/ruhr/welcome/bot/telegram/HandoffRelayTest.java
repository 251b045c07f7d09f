package ruhr.welcome.bot.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.guide.GuideInvites;
import ruhr.welcome.bot.i18n.BotTexts;
import ruhr.welcome.bot.inbound.InboundStore;
import ruhr.welcome.bot.telegram.FakeBotApi.Call;
import ruhr.welcome.bot.telegram.FakeBotApi.Fault;
import ruhr.welcome.bot.telegram.FakeBotApi.Shown;
import ruhr.welcome.bot.telegram.FakeBotApi.Updates;

import static org.assertj.core.api.Assertions.assertThat;
import static ruhr.welcome.bot.telegram.FakeBotApi.button;
import static ruhr.welcome.bot.telegram.FakeBotApi.method;
import static ruhr.welcome.bot.telegram.FakeBotApi.to;

/**
 * What happens to messages after they were sent, through the real client and a fake Bot API that
 * keeps what each chat shows: edits are mirrored both ways (text and captions, also when the edit
 * comes before the copy exists, and into a web chat line), and the offers of a request say what
 * became of it: taken by another guide, taken by you, gone wider, no longer open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class HandoffRelayTest {

    private static final String TOKEN = "4244:relay-token";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final FakeBotApi API = FakeBotApi.onLoopback(TOKEN);
    private static final long AMAL = 7101;
    private static final long BORIS = 7102;
    private static final String TAKEN = "schon übernommen";

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry properties) {
        properties.add("welcome.telegram.token", () -> TOKEN);
        properties.add("welcome.telegram.api-url", API::baseUrl);
        properties.add("welcome.outbox.per-chat-interval", () -> "0s");
        properties.add("welcome.outbox.global-per-second", () -> "1000");
        properties.add("welcome.handoff.sweep", () -> "1s");
        properties.add("welcome.handoff.offer-timeout", () -> "4s");
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    @Autowired
    GuideInvites invites;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InboundStore inbound;
    @Autowired
    BotTexts texts;

    @Test
    void theFirstToAcceptGetsItTheOtherOfferSaysTakenAndEditsAreMirroredBothWays() throws Exception {
        long newcomer = 9601;
        String note = "سكن في إيسن #A";
        ObjectNode noteUpdate = askForAGuide(newcomer, note);
        Map<Long, Call> offers = offers(note);

        String accept = button(offers.get(AMAL), 0, 0);
        Instant accepting = Instant.now();
        API.offer(Updates.callback(AMAL, accept));
        API.offer(Updates.callback(BORIS, accept));
        Predicate<Call> briefOrTaken = c -> c.at().isAfter(accepting)
                && (c.text().contains("Sie sprechen jetzt mit") && c.text().contains(note) || c.text().contains(TAKEN));
        Call amalAnswer = API.await(to(AMAL).and(method("sendMessage")).and(briefOrTaken), 1, WAIT).getFirst();
        Call borisAnswer = API.await(to(BORIS).and(method("sendMessage")).and(briefOrTaken), 1, WAIT).getFirst();
        assertThat(List.of(amalAnswer, borisAnswer)).as("exactly one guide wins")
                .filteredOn(c -> c.text().contains("Sie sprechen jetzt mit")).hasSize(1);
        long winner = amalAnswer.text().contains("Sie sprechen jetzt mit") ? AMAL : BORIS;
        long loser = winner == AMAL ? BORIS : AMAL;

        // the loser's offer is changed to "already taken", its buttons gone and the newcomer's note with them
        long loserOffer = offers.get(loser).messageId();
        Call taken = awaitEdit(loser, loserOffer, c -> c.text().contains(TAKEN));
        assertThat(taken.body().has("reply_markup")).isFalse();
        assertThat(API.shown(loser, loserOffer).content()).contains(TAKEN).doesNotContain(note);
        assertThat(API.shown(loser, loserOffer).replyMarkup()).isNull();
        long winnerOffer = offers.get(winner).messageId();
        awaitEdit(winner, winnerOffer, c -> c.text().contains("Sie haben diese Anfrage übernommen"));
        assertThat(API.shown(winner, winnerOffer).replyMarkup()).isNull();

        // newcomer -> guide: a text and a photo, then both edited
        ObjectNode text = Updates.text(newcomer, "ar", "مرحبا، أحتاج شقة");
        ObjectNode photo = Updates.photo(newcomer, "عقد الإيجار");
        API.offer(text);
        API.offer(photo);
        long textCopy = awaitCopy(winner, newcomer, text).messageId();
        long photoCopy = awaitCopy(winner, newcomer, photo).messageId();
        assertThat(API.shown(winner, textCopy).content()).isEqualTo("مرحبا، أحتاج شقة");
        assertThat(API.shown(winner, photoCopy).media()).isTrue();

        API.offer(Updates.editedText(newcomer, Updates.messageId(text), "مرحبا، أحتاج شقة بغرفتين"));
        API.offer(Updates.editedCaption(newcomer, Updates.messageId(photo), "عقد الإيجار الجديد"));
        awaitEdit(winner, textCopy, c -> c.text().equals("مرحبا، أحتاج شقة بغرفتين"));
        API.await(to(winner).and(method("editMessageCaption")).and(about(photoCopy)).and(Call::ok), 1, WAIT);
        assertThat(API.shown(winner, textCopy).content()).isEqualTo("مرحبا، أحتاج شقة بغرفتين");
        assertThat(API.shown(winner, photoCopy).content()).isEqualTo("عقد الإيجار الجديد");

        // guide -> newcomer: a text and a photo, then both edited
        ObjectNode answer = Updates.text(winner, "de", "Hallo! Ich helfe Ihnen gern.");
        ObjectNode form = Updates.photo(winner, "Formular");
        API.offer(answer);
        API.offer(form);
        long answerCopy = awaitCopy(newcomer, winner, answer).messageId();
        long formCopy = awaitCopy(newcomer, winner, form).messageId();
        API.offer(Updates.editedText(winner, Updates.messageId(answer), "Hallo! Ich helfe Ihnen gern, heute noch."));
        API.offer(Updates.editedCaption(winner, Updates.messageId(form), "Formular A"));
        awaitEdit(newcomer, answerCopy, c -> c.text().equals("Hallo! Ich helfe Ihnen gern, heute noch."));
        API.await(to(newcomer).and(method("editMessageCaption")).and(about(formCopy)).and(Call::ok), 1, WAIT);
        assertThat(API.shown(newcomer, answerCopy).content()).isEqualTo("Hallo! Ich helfe Ihnen gern, heute noch.");
        assertThat(API.shown(newcomer, formCopy).content()).isEqualTo("Formular A");

        // edits of messages that were never relayed get the polite answer, and change nothing elsewhere
        API.offer(Updates.editedText(newcomer, Updates.messageId(noteUpdate), "سكن في دورتموند"));
        API.await(to(newcomer).and(c -> c.text().contains(texts.text("ar", "error.edited"))), 1, WAIT);
        API.offer(Updates.edited(winner, "Eine Nachricht, die nie weitergegeben wurde"));
        API.await(to(winner).and(c -> c.text().contains("Änderung nicht weitergegeben")), 1, WAIT);

        // after the chat ended an edit is an edit outside a handoff again
        API.offer(Updates.text(newcomer, "ar", "/end"));
        API.await(to(winner).and(c -> c.text().contains("hat den Chat beendet")), 1, WAIT);
        API.offer(Updates.editedText(newcomer, Updates.messageId(text), "نص بعد النهاية"));
        API.await(to(newcomer).and(c -> c.text().contains(texts.text("ar", "error.edited"))), 2, WAIT);
        Thread.sleep(300);
        assertThat(API.calls()).filteredOn(to(winner)).noneMatch(c -> c.text().contains("نص بعد النهاية")
                || c.body().path("caption").asText().contains("دورتموند") || c.text().contains("دورتموند"));

        assertThat(API.calls()).filteredOn(to(loser)).noneMatch(c -> c.method().equals("copyMessage"));
        assertThat(API.shown(loser)).filteredOn(Shown::fromBot).noneMatch(s -> s.content() != null && s.content().contains(note));
        assertNothingOfTheNewcomerReachedAGuide(newcomer);
        assertThat(API.calls()).as("calls the fake refused").filteredOn(c -> c.at().isAfter(accepting) && !c.ok()).isEmpty();
    }

    @Test
    void anOfferTakenBeforeItWasDeliveredSaysTakenAsSoonAsItArrives() throws Exception {
        long newcomer = 9602;
        joinIfNeeded(AMAL, "Amal");
        joinIfNeeded(BORIS, "Boris");
        // Telegram refuses Boris's offer for a while (rate limit); meanwhile Amal takes the request
        API.failNextTo("sendMessage", BORIS, Fault.tooManyRequests(5));
        askForAGuide(newcomer, "أوراق #B");
        Predicate<Call> offer = method("sendMessage").and(c -> c.text().contains("🙋") && c.text().contains("أوراق #B"));
        Call amalOffer = API.await(to(AMAL).and(offer), 1, WAIT).getFirst();
        awaitRefused(() -> API.faultsLeft("sendMessage", BORIS));
        API.offer(Updates.callback(AMAL, button(amalOffer, 0, 0)));
        API.await(to(AMAL).and(c -> c.text().contains("Sie sprechen jetzt mit") && c.text().contains("أوراق #B")), 1, WAIT);
        assertThat(API.calls()).as("Boris's offer is not delivered yet").filteredOn(to(BORIS).and(offer)).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from outbox_message where chat_id = ? and method = 'editMessageText'
                and state = 'PENDING' and about_outbox_id is not null""", Integer.class, Long.toString(BORIS)))
                .as("the change waits behind its offer").isEqualTo(1);

        Call borisOffer = API.await(to(BORIS).and(offer), 1, WAIT).getFirst();
        Call taken = awaitEdit(BORIS, borisOffer.messageId(), c -> c.text().contains(TAKEN));
        assertThat(taken.at()).isAfterOrEqualTo(borisOffer.at());
        assertThat(API.shown(BORIS, borisOffer.messageId()).content()).contains(TAKEN).doesNotContain("أوراق #B");
        assertThat(API.shown(BORIS, borisOffer.messageId()).replyMarkup()).isNull();

        API.offer(Updates.text(newcomer, "ar", "/end"));
        API.await(to(AMAL).and(c -> c.text().contains("hat den Chat beendet")), 1, WAIT);
    }

    @Test
    void editsMadeBeforeTheCopyWasDeliveredFollowItAndTheLastOneStays() throws Exception {
        long newcomer = 9607;
        askForAGuide(newcomer, "مكتب #G");
        Map<Long, Call> offers = offers("مكتب #G");
        API.offer(Updates.callback(AMAL, button(offers.get(AMAL), 0, 0)));
        API.await(to(newcomer).and(c -> c.text().contains("Amal")), 1, WAIT);

        // Telegram refuses the copy for a while; meanwhile the newcomer corrects the message twice
        API.failNextTo("copyMessage", AMAL, Fault.tooManyRequests(5));
        ObjectNode question = Updates.text(newcomer, "ar", "متى يفتح المكتب؟");
        API.offer(question);
        awaitRefused(() -> API.faultsLeft("copyMessage", AMAL));
        ObjectNode first = Updates.editedText(newcomer, Updates.messageId(question), "متى يفتح مكتب الأجانب؟");
        ObjectNode second = Updates.editedText(newcomer, Updates.messageId(question), "متى يفتح مكتب الأجانب في إيسن؟");
        API.offer(first);
        API.offer(second);
        awaitProcessed(second);
        assertThat(API.calls("copyMessage")).as("the copy is not delivered yet")
                .noneMatch(c -> c.body().path("message_id").asLong() == Updates.messageId(question));
        assertThat(jdbc.queryForObject("""
                select count(*) from outbox_message where chat_id = ? and method = 'editMessageText'
                and state = 'PENDING' and about_outbox_id is not null""", Integer.class, Long.toString(AMAL)))
                .as("the edits wait behind their copy").isEqualTo(2);

        // Telegram copies the message as it is now; the edits follow in their order, so the last one stays
        Call copy = awaitCopy(AMAL, newcomer, question);
        List<Call> edits = API.await(to(AMAL).and(method("editMessageText")).and(about(copy.messageId())), 2, WAIT);
        assertThat(edits).extracting(Call::text).containsExactly("متى يفتح مكتب الأجانب؟", "متى يفتح مكتب الأجانب في إيسن؟");
        assertThat(edits).allSatisfy(edit -> assertThat(edit.at()).isAfterOrEqualTo(copy.at()));
        assertThat(API.shown(AMAL, copy.messageId()).content()).isEqualTo("متى يفتح مكتب الأجانب في إيسن؟");

        API.offer(Updates.text(newcomer, "ar", "/end"));
        API.await(to(AMAL).and(c -> c.text().contains("hat den Chat beendet")), 1, WAIT);
        assertNothingOfTheNewcomerReachedAGuide(newcomer);
    }

    @Test
    void offersNobodyAnsweredInTimeGoWiderKeepTheirButtonsAndThenSayTaken() throws Exception {
        long newcomer = 9603;
        askForAGuide(newcomer, "مدرسة #C");
        Map<Long, Call> offers = offers("مدرسة #C");

        // nobody accepts within the offer timeout (4 s here): both offers say the request goes wider
        Call amalWidened = awaitEdit(AMAL, offers.get(AMAL).messageId(), c -> c.text().contains("Noch hat niemand"));
        Call borisWidened = awaitEdit(BORIS, offers.get(BORIS).messageId(), c -> c.text().contains("Noch hat niemand"));
        assertThat(amalWidened.text()).contains("مدرسة #C");
        assertThat(button(borisWidened, 0, 0)).as("the first to accept still gets it").startsWith("ho:a:");

        API.offer(Updates.callback(BORIS, button(borisWidened, 0, 0)));
        API.await(to(BORIS).and(c -> c.text().contains("Sie sprechen jetzt mit")), 1, WAIT);
        awaitEdit(AMAL, offers.get(AMAL).messageId(), c -> c.text().contains(TAKEN));
        assertThat(API.shown(AMAL, offers.get(AMAL).messageId()).replyMarkup()).isNull();

        API.offer(Updates.text(newcomer, "ar", "/end"));
        API.await(to(BORIS).and(c -> c.text().contains("hat den Chat beendet")), 1, WAIT);
    }

    @Test
    void withdrawnAndForgottenRequestsLeaveOffersThatSayNoLongerOpen() throws Exception {
        long withdrawing = 9604;
        askForAGuide(withdrawing, "عمل #D");
        Map<Long, Call> offers = offers("عمل #D");
        API.offer(Updates.text(withdrawing, "ar", "/end"));
        for (long guide : List.of(AMAL, BORIS)) {
            awaitEdit(guide, offers.get(guide).messageId(), c -> c.text().contains("nicht mehr offen"));
            assertThat(API.shown(guide, offers.get(guide).messageId()).replyMarkup()).isNull();
        }

        long forgetting = 9605;
        askForAGuide(forgetting, "تأمين #E");
        Map<Long, Call> second = offers("تأمين #E");
        API.offer(Updates.text(forgetting, "ar", "/forget"));
        Call confirm = API.await(to(forgetting).and(c -> c.body().path("reply_markup").toString().contains("f:y")), 1, WAIT)
                .getFirst();
        API.offer(Updates.callback(forgetting, button(confirm, 0, 0)));
        for (long guide : List.of(AMAL, BORIS)) {
            awaitEdit(guide, second.get(guide).messageId(), c -> c.text().contains("nicht mehr offen"));
            assertThat(API.shown(guide, second.get(guide).messageId()).content()).doesNotContain("تأمين #E");
        }
    }

    @Test
    void aGuidesEditChangesTheWebChatNewcomersLineInPlace() throws Exception {
        Instant started = Instant.now();
        joinIfNeeded(AMAL, "Amal");
        joinIfNeeded(BORIS, "Boris");
        String chat = "web-relay-edit-chat-key";
        web(chat, 1, "{\"text\":\"/start lang-ar\",\"silent\":true}");
        web(chat, 2, "{\"text\":\"/guide\",\"silent\":false}");
        web(chat, 3, "{\"button\":\"hc:y\",\"label\":\"yes\",\"silent\":false}");
        web(chat, 4, "{\"text\":\"ويب #F\",\"silent\":false}");
        Map<Long, Call> offers = offers("ويب #F");
        API.offer(Updates.callback(AMAL, button(offers.get(AMAL), 0, 0)));
        API.await(to(AMAL).and(c -> c.text().contains("Sie sprechen jetzt mit")), 1, WAIT);

        ObjectNode answer = Updates.text(AMAL, "de", "Ja, gern <b>sofort</b>");
        API.offer(answer);
        var line = awaitLine(chat, "sofort");
        API.offer(Updates.editedText(AMAL, Updates.messageId(answer), "Ja, gern <b>morgen früh</b>"));
        var changed = awaitLine(chat, "morgen früh");
        assertThat(changed.get("id")).as("the same line, changed in place").isEqualTo(line.get("id"));
        assertThat((Long) changed.get("revision")).isGreaterThan((Long) line.get("revision"));
        assertThat((String) changed.get("html")).contains("Amal").contains("&lt;b&gt;morgen früh&lt;/b&gt;").doesNotContain("sofort");
        assertThat(jdbc.queryForObject("select count(*) from webchat_message where chat_key = ? and html like '%sofort%'",
                Integer.class, chat)).isZero();
        Thread.sleep(300);
        assertThat(API.calls()).filteredOn(to(AMAL).and(c -> c.at().isAfter(started)))
                .noneMatch(c -> c.text().contains("nicht weitergegeben"));

        web(chat, 5, "{\"text\":\"/end\",\"silent\":false}");
        API.await(to(AMAL).and(c -> c.text().contains("hat den Chat beendet")), 1, WAIT);
    }

    /** Nothing a guide got (copies show their source, edits their new text) names the newcomer or their account. */
    private static void assertNothingOfTheNewcomerReachedAGuide(long newcomer) {
        var identity = List.of(Pattern.compile("\\b" + newcomer + "\\b"), Pattern.compile(Pattern.quote(Updates.USERNAME)),
                Pattern.compile(Updates.FIRST_NAME), Pattern.compile(Updates.LAST_NAME));
        var toGuides = new ArrayList<String>();
        for (Call call : API.calls()) {
            if (to(AMAL).or(to(BORIS)).test(call)) {
                ObjectNode body = call.body().deepCopy();
                body.remove("from_chat_id"); // tells Telegram where to copy from; the guide never sees it
                toGuides.add(call.method() + " " + body);
            }
        }
        for (long guide : List.of(AMAL, BORIS)) {
            API.shown(guide).stream().filter(Shown::fromBot).forEach(shown -> toGuides.add(shown.toString()));
        }
        assertThat(toGuides).isNotEmpty().allSatisfy(received ->
                assertThat(identity).noneMatch(pattern -> pattern.matcher(received).find()));
        assertThat(API.calls()).filteredOn(to(AMAL).or(to(BORIS))).noneMatch(c -> c.method().equals("forwardMessage"));
    }

    /** The newcomer asks for a guide and leaves a note; returns the note's update. */
    private ObjectNode askForAGuide(long newcomer, String note) throws Exception {
        joinIfNeeded(AMAL, "Amal");
        joinIfNeeded(BORIS, "Boris");
        API.offer(Updates.text(newcomer, "ar", "/start lang-ar_city-essen"));
        API.await(to(newcomer).and(method("sendMessage")), 1, WAIT);
        API.offer(Updates.text(newcomer, "ar", "/guide"));
        API.await(to(newcomer).and(method("sendMessage")), 2, WAIT);
        API.offer(Updates.callback(newcomer, "hc:y"));
        API.await(to(newcomer).and(method("sendMessage")), 3, WAIT);
        ObjectNode update = Updates.text(newcomer, "ar", note);
        API.offer(update);
        return update;
    }

    /** Both guides' offers of the request with this note, as sent (with the ids Telegram gave them). */
    private static Map<Long, Call> offers(String note) throws InterruptedException {
        Predicate<Call> offer = method("sendMessage").and(c -> c.text().contains("🙋") && c.text().contains(note));
        return Map.of(AMAL, API.await(to(AMAL).and(offer), 1, WAIT).getFirst(),
                BORIS, API.await(to(BORIS).and(offer), 1, WAIT).getFirst());
    }

    private static Call awaitEdit(long chat, long messageId, Predicate<Call> matching) throws InterruptedException {
        return API.await(to(chat).and(method("editMessageText")).and(about(messageId)).and(Call::ok).and(matching), 1, WAIT)
                .getFirst();
    }

    private static Call awaitCopy(long to, long from, ObjectNode update) throws InterruptedException {
        long messageId = Updates.messageId(update);
        return API.await(to(to).and(method("copyMessage")).and(Call::ok)
                .and(c -> c.body().path("from_chat_id").asLong() == from && c.body().path("message_id").asLong() == messageId),
                1, WAIT).getFirst();
    }

    private static void awaitRefused(java.util.function.IntSupplier faultsLeft) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (faultsLeft.getAsInt() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(faultsLeft.getAsInt()).as("the injected refusal was used").isZero();
    }

    private void awaitProcessed(ObjectNode update) throws InterruptedException {
        long updateId = update.path("update_id").asLong();
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (jdbc.queryForObject("""
                    select count(*) from inbound_update where channel = 'TELEGRAM' and update_id = ? and processed_at is not null""",
                    Integer.class, updateId) == 1) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("update " + updateId + " not processed");
    }

    private Map<String, Object> awaitLine(String chat, String containing) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            var lines = jdbc.queryForList("select id, revision, html from webchat_message where chat_key = ? and html like ?",
                    chat, "%" + containing + "%");
            if (!lines.isEmpty()) {
                assertThat(lines).hasSize(1);
                return lines.getFirst();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no web chat line with " + containing);
    }

    private void web(String chat, int n, String fields) {
        String payload = "{\"chat\":\"" + chat + "\",\"clientId\":\"client-" + n + "\",\"lang\":\"ar\"," + fields.substring(1);
        inbound.store(Channel.WEB, 990_000 + n, chat, payload);
    }

    private void joinIfNeeded(long user, String name) throws Exception {
        new JoiningGuides(API, invites, jdbc, WAIT).joinIfNeeded(user, name, "ar", "essen", "housing");
    }

    private static Predicate<Call> about(long messageId) {
        return call -> call.body().path("message_id").asLong() == messageId;
    }
}

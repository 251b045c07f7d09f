package ruhr.welcome.bot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ruhr.welcome.bot.guide.GuideInvites;
import ruhr.welcome.bot.telegram.FakeBotApi.Call;
import ruhr.welcome.bot.telegram.FakeBotApi.Updates;

import static org.assertj.core.api.Assertions.assertThat;
import static ruhr.welcome.bot.telegram.FakeBotApi.button;
import static ruhr.welcome.bot.telegram.FakeBotApi.from;
import static ruhr.welcome.bot.telegram.FakeBotApi.method;
import static ruhr.welcome.bot.telegram.FakeBotApi.to;

/**
 * A newcomer and two Welcome Guides through the real TelegramBots client and a fake Bot API:
 * guides join with invitations, both accept at once and exactly one wins, messages and a photo go
 * both ways without the newcomer's identity, the guide ends and the newcomer rates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class HandoffConversationTest {

    private static final String TOKEN = "4243:handoff-token";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final FakeBotApi API = FakeBotApi.onLoopback(TOKEN);
    private static final long AMAL = 7001;
    private static final long BORIS = 7002;
    private static final long NEWCOMER = 9501;
    /** Speaks Turkish only: never offered an Arabic request. */
    private static final long CEM = 7003;
    /** Speaks Arabic but covers Dortmund only: never offered a request from Essen. */
    private static final long DANA = 7004;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry properties) {
        properties.add("welcome.telegram.token", () -> TOKEN);
        properties.add("welcome.telegram.api-url", API::baseUrl);
        properties.add("welcome.outbox.per-chat-interval", () -> "0s");
        properties.add("welcome.outbox.global-per-second", () -> "1000");
        properties.add("welcome.handoff.sweep", () -> "1s");
        properties.add("welcome.handoff.nudge-after", () -> "3s");
        properties.add("welcome.handoff.reassign-after", () -> "8s");
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
    ruhr.welcome.bot.inbound.InboundStore inbound;

    @Test
    void twoGuidesAcceptAtOnceExactlyOneWinsAndTheChatIsRelayedBothWays() throws Exception {
        joinIfNeeded(AMAL, "Amal");
        joinIfNeeded(BORIS, "Boris");
        joinIfNeeded(CEM, "Cem", "tr", "essen");
        joinIfNeeded(DANA, "Dana", "ar", "dortmund");

        API.offer(Updates.text(NEWCOMER, "ar", "/start lang-ar_city-essen"));
        API.await(to(NEWCOMER), 1, WAIT);
        API.offer(Updates.text(NEWCOMER, "ar", "/guide"));
        Call consent = API.await(to(NEWCOMER), 2, WAIT).get(1);
        assertThat(button(consent, 0, 0)).isEqualTo("hc:y");
        API.offer(Updates.callback(NEWCOMER, "hc:y"));
        Call notePrompt = API.await(to(NEWCOMER).and(method("sendMessage")), 3, WAIT).get(2);
        assertThat(button(notePrompt, 0, 0)).isEqualTo("hn");
        API.offer(Updates.text(NEWCOMER, "ar", "سكن في إيسن"));

        Call offerToAmal = API.await(to(AMAL).and(c -> c.text().contains("🙋") && c.text().contains("سكن في إيسن")), 1, WAIT).getFirst();
        Call offerToBoris = API.await(to(BORIS).and(c -> c.text().contains("🙋") && c.text().contains("سكن في إيسن")), 1, WAIT).getFirst();
        assertThat(offerToAmal.text()).contains("Essen");
        assertThat(API.messagesTo(CEM).stream().filter(c -> c.text().contains("🙋"))).as("no offer in another language")
                .isEmpty();
        assertThat(API.messagesTo(DANA).stream().filter(c -> c.text().contains("🙋"))).as("no offer for another city")
                .isEmpty();
        String accept = button(offerToAmal, 0, 0);
        assertThat(accept).startsWith("ho:a:").isEqualTo(button(offerToBoris, 0, 0));

        // the guides' chats hold what earlier tests left there: only what follows these taps counts
        java.time.Instant tapped = java.time.Instant.now();
        API.offer(Updates.callback(AMAL, accept));
        API.offer(Updates.callback(BORIS, accept));
        Predicate<Call> briefOrTaken = c -> !c.at().isBefore(tapped)
                && (c.text().contains("سكن في إيسن") && c.text().contains("Sie sprechen jetzt mit")
                    || c.text().contains("schon übernommen"));
        Call amalAnswer = API.await(to(AMAL).and(briefOrTaken), 1, WAIT).getFirst();
        Call borisAnswer = API.await(to(BORIS).and(briefOrTaken), 1, WAIT).getFirst();
        List<Call> briefs = List.of(amalAnswer, borisAnswer).stream().filter(c -> c.text().contains("Sie sprechen jetzt mit")).toList();
        assertThat(briefs).as("exactly one guide wins").hasSize(1);
        long winner = briefs.getFirst() == amalAnswer ? AMAL : BORIS;
        long loser = winner == AMAL ? BORIS : AMAL;
        assertThat(briefs.getFirst().text()).contains("Essen").contains("سكن في إيسن");
        assertThat(jdbc.queryForObject("""
                select count(*) from handoff h join conversation c on c.id = h.conversation_id
                where c.external_id = ? and h.state = 'CONNECTED'""", Integer.class, Long.toString(NEWCOMER))).isEqualTo(1);

        Call connected = API.await(to(NEWCOMER).and(c -> c.text().contains(winner == AMAL ? "Amal" : "Boris")), 1, WAIT).getFirst();
        assertThat(connected.method()).isEqualTo("sendMessage");

        API.offer(Updates.text(NEWCOMER, "ar", "مرحبا، أحتاج شقة"));
        API.offer(Updates.photo(NEWCOMER, "عقد الإيجار"));
        List<Call> copiedToGuide = API.await(to(winner).and(method("copyMessage")).and(from(NEWCOMER)), 2, WAIT);
        assertThat(copiedToGuide).hasSize(2);

        API.offer(Updates.text(winner, "de", "Hallo! Ich helfe Ihnen gern."));
        API.offer(Updates.photo(winner, "Formular"));
        List<Call> copiedToNewcomer = API.await(to(NEWCOMER).and(method("copyMessage")), 2, WAIT);
        assertThat(copiedToNewcomer).allSatisfy(c -> assertThat(c.body().path("from_chat_id").asLong()).isEqualTo(winner));
        assertThat(API.calls()).filteredOn(to(loser).and(method("copyMessage")).and(from(NEWCOMER))).isEmpty();

        API.offer(Updates.text(winner, "de", "/end"));
        Call ended = API.await(to(winner).and(c -> c.text().contains("Der Chat ist beendet")), 1, WAIT).getFirst();
        API.offer(Updates.callback(winner, button(ended, 0, 0)));
        API.await(to(winner).and(c -> c.text().contains("Welche Frage")), 1, WAIT);
        API.offer(Updates.text(winner, "de", "Wo finde ich in Essen eine Wohnung?"));
        API.await(to(winner).and(c -> c.text().contains("wie lautet die Antwort")), 1, WAIT);
        API.offer(Updates.text(winner, "de", "Beim Wohnungsamt der Stadt und auf den großen Portalen."));
        API.await(to(winner).and(c -> c.text().contains("Redaktion")), 1, WAIT);
        assertThat(jdbc.queryForObject("select count(*) from faq_proposal where lang = 'ar' and question like 'Wo finde ich%'",
                Integer.class)).as("the proposal lands in the gaps inbox").isEqualTo(1);
        Call rating = API.await(to(NEWCOMER).and(c -> c.body().path("reply_markup").toString().contains("hr:")), 1, WAIT).getFirst();
        String five = button(rating, 0, 4);
        assertThat(five).endsWith(":5");
        API.offer(Updates.callback(NEWCOMER, five));
        // the rating question and the thanks for it both offer "skip"
        API.await(to(NEWCOMER).and(c -> c.body().path("reply_markup").toString().contains("hrs")), 2, WAIT);
        assertThat(jdbc.queryForObject("""
                select h.rating from handoff h join conversation c on c.id = h.conversation_id
                where c.external_id = ? and h.closed_by = 'GUIDE'""", Integer.class, Long.toString(NEWCOMER))).isEqualTo(5);

        // the loser never received anything of this chat, and no guide ever saw the newcomer's account
        assertThat(API.calls()).filteredOn(to(loser)).noneMatch(c -> c.method().equals("copyMessage")
                && c.body().path("from_chat_id").asLong() == NEWCOMER);
        assertThat(API.calls()).filteredOn(to(AMAL).or(to(BORIS)))
                .noneMatch(c -> c.method().equals("forwardMessage"))
                .noneMatch(c -> c.text().contains(Updates.FIRST_NAME) || c.text().contains(Updates.LAST_NAME)
                        || c.text().contains(Updates.USERNAME) || c.text().contains(Long.toString(NEWCOMER)));
    }

    @Test
    void aSilentGuideIsRemindedThenTheChatGoesToAnotherGuide() throws Exception {
        long newcomer = 9502;
        joinIfNeeded(AMAL, "Amal");
        joinIfNeeded(BORIS, "Boris");
        API.offer(Updates.text(newcomer, "uk", "/start lang-ar"));
        API.await(to(newcomer), 1, WAIT);
        API.offer(Updates.text(newcomer, "ar", "/guide"));
        API.await(to(newcomer), 2, WAIT);
        API.offer(Updates.callback(newcomer, "hc:y"));
        API.await(to(newcomer).and(method("sendMessage")), 3, WAIT);
        API.offer(Updates.callback(newcomer, "hn"));
        Call offer = API.await(to(AMAL).and(c -> c.text().contains("🙋") && c.text().contains("Notiz: –")), 1, WAIT).getFirst();
        API.offer(Updates.callback(AMAL, button(offer, 0, 0)));
        API.await(to(newcomer).and(c -> c.text().contains("Amal")), 1, WAIT);

        API.offer(Updates.text(newcomer, "ar", "هل ما زلت هنا؟"));
        API.await(to(AMAL).and(c -> c.text().contains("wartet auf Ihre Antwort")), 1, Duration.ofSeconds(30));
        API.await(to(AMAL).and(c -> c.text().contains("anderen Guide")), 1, Duration.ofSeconds(30));
        Call second = API.await(to(BORIS).and(c -> c.text().contains("🙋") && c.text().contains("Notiz: –")), 1, WAIT).getFirst();
        API.offer(Updates.callback(BORIS, button(second, 0, 0)));
        Call brief = API.await(to(BORIS).and(c -> c.text().contains("Sie sprechen jetzt mit")), 1, WAIT).getFirst();
        assertThat(brief.text()).contains("Neuankommende Person");
        API.await(to(newcomer).and(c -> c.text().contains("Boris")), 1, WAIT);
    }

    @Test
    void nobodyAvailableQueuesTheRequestUntilAGuidesWindowOpensAndForgetEndsTheChat() throws Exception {
        long newcomer = 9503;
        joinIfNeeded(AMAL, "Amal");
        joinIfNeeded(BORIS, "Boris");
        // Amal also speaks English, but only on a day that is not today
        int otherDay = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).getDayOfWeek().getValue() % 7 + 1;
        jdbc.update("update guide set languages = array_append(languages, 'en') where telegram_user_id = ?", AMAL);
        jdbc.update("delete from guide_availability where guide_id = (select id from guide where telegram_user_id = ?)", AMAL);
        jdbc.update("insert into guide_availability (guide_id, day_of_week, start_time, end_time) "
                + "select id, ?, '18:00', '20:00' from guide where telegram_user_id = ?", otherDay, AMAL);

        API.offer(Updates.text(newcomer, "en", "/start lang-en"));
        API.await(to(newcomer), 1, WAIT);
        API.offer(Updates.text(newcomer, "en", "/guide"));
        API.await(to(newcomer), 2, WAIT);
        API.offer(Updates.callback(newcomer, "hc:y"));
        API.await(to(newcomer).and(method("sendMessage")), 3, WAIT);
        API.offer(Updates.callback(newcomer, "hn"));
        Call queued = API.await(to(newcomer).and(c -> c.text().contains("in the queue")), 1, WAIT).getFirst();
        assertThat(queued.text()).contains("number 1").contains("18:00–20:00");
        API.offer(Updates.text(newcomer, "en", "/guide"));
        assertThat(API.await(to(newcomer).and(c -> c.text().contains("is waiting")), 1, WAIT).getFirst().text()).contains("number 1");

        // her window opens: the next sweep offers the waiting request
        jdbc.update("""
                insert into guide_availability (guide_id, day_of_week, start_time, end_time)
                select g.id, d, '00:00', '23:59:59' from guide g cross join generate_series(1, 7) d
                where g.telegram_user_id = ? on conflict do nothing""", AMAL);
        Call offer = API.await(to(AMAL).and(c -> c.text().contains("🙋") && c.text().contains("Englisch")), 1, WAIT).getFirst();
        API.offer(Updates.callback(AMAL, button(offer, 0, 0)));
        API.await(to(newcomer).and(c -> c.text().contains("Amal")), 1, WAIT);

        API.offer(Updates.text(newcomer, "en", "/forget"));
        Call confirm = API.await(to(newcomer).and(c -> c.body().path("reply_markup").toString().contains("f:y")), 1, WAIT).getFirst();
        API.offer(Updates.callback(newcomer, button(confirm, 0, 0)));
        API.await(to(AMAL).and(c -> c.text().contains("hat den Chat beendet")), 1, WAIT);
        assertThat(jdbc.queryForObject("select count(*) from conversation where external_id = ?", Integer.class,
                Long.toString(newcomer))).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from handoff h where not exists (select 1 from conversation c where c.id = h.conversation_id)""",
                Integer.class)).isZero();
    }

    @Test
    void aWebChatNewcomerTalksToATelegramGuideAsText() throws Exception {
        joinIfNeeded(AMAL, "Amal");
        joinIfNeeded(BORIS, "Boris");
        String chat = "web-handoff-chat-key";
        web(chat, 1, "{\"text\":\"/start lang-ar\",\"silent\":true}");
        web(chat, 2, "{\"text\":\"/guide\",\"silent\":false}");
        web(chat, 3, "{\"button\":\"hc:y\",\"label\":\"yes\",\"silent\":false}");
        web(chat, 4, "{\"text\":\"مساعدة في الأوراق\",\"silent\":false}");
        Call offer = API.await(to(AMAL).and(c -> c.text().contains("مساعدة في الأوراق")), 1, WAIT).getFirst();
        API.offer(Updates.callback(AMAL, button(offer, 0, 0)));
        API.await(to(AMAL).and(c -> c.text().contains("Sie sprechen jetzt mit") && c.text().contains("مساعدة في الأوراق")), 1, WAIT);

        web(chat, 5, "{\"text\":\"هل يمكنك مساعدتي؟\",\"silent\":false}");
        assertThat(API.await(to(AMAL).and(c -> c.text().contains("هل يمكنك مساعدتي")), 1, WAIT)).hasSize(1);
        API.offer(Updates.text(AMAL, "de", "Ja, gern <b>sofort</b>"));
        java.time.Instant deadline = java.time.Instant.now().plus(WAIT);
        while (jdbc.queryForObject("select count(*) from webchat_message where chat_key = ? and html like '%sofort%'",
                Integer.class, chat) == 0 && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        String html = jdbc.queryForObject("select html from webchat_message where chat_key = ? and html like '%sofort%'",
                String.class, chat);
        assertThat(html).contains("Amal").contains("&lt;b&gt;sofort&lt;/b&gt;");
    }

    private void web(String chat, int n, String fields) {
        String payload = "{\"chat\":\"" + chat + "\",\"clientId\":\"client-" + n + "\",\"lang\":\"ar\","
                + fields.substring(1);
        inbound.store(ruhr.welcome.bot.conversation.Channel.WEB, 880_000 + n, chat, payload);
    }

    private void joinIfNeeded(long user, String name) throws Exception {
        joinIfNeeded(user, name, "ar", "essen");
    }

    private void joinIfNeeded(long user, String name, String language, String city) throws Exception {
        new JoiningGuides(API, invites, jdbc, WAIT).joinIfNeeded(user, name, language, city, "housing");
    }
}

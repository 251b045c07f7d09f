package ruhr.welcome.bot.telegram;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.bot.guide.GuideInvites;
import ruhr.welcome.bot.telegram.FakeBotApi.Call;
import ruhr.welcome.bot.telegram.FakeBotApi.Updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ruhr.welcome.bot.telegram.FakeBotApi.button;
import static ruhr.welcome.bot.telegram.FakeBotApi.from;
import static ruhr.welcome.bot.telegram.FakeBotApi.method;
import static ruhr.welcome.bot.telegram.FakeBotApi.to;

/**
 * What coordinators and editors do in the console reaches guides in the bot, through the real
 * TelegramBots client and a fake Bot API: a deactivated guide's chat goes to another guide with the
 * brief, an edited profile is announced, guides are reminded of professional services (newcomers
 * never see it), and a guide sees nothing of a chat after it closed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoordinationConversationTest {

    private static final String TOKEN = "4245:coordination-token";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final FakeBotApi API = FakeBotApi.onLoopback(TOKEN);
    private static final StaffPrincipal COORDINATOR =
            new StaffPrincipal(1, "coordinator", "Coordinator", Role.COORDINATOR, null, "{noop}x", true, false);
    private static final StaffPrincipal EDITOR = new StaffPrincipal(2, "editor", "Editor", Role.EDITOR, null, "{noop}x", true, false);

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry properties) {
        properties.add("welcome.telegram.token", () -> TOKEN);
        properties.add("welcome.telegram.api-url", API::baseUrl);
        properties.add("welcome.outbox.per-chat-interval", () -> "0s");
        properties.add("welcome.outbox.global-per-second", () -> "1000");
        properties.add("welcome.handoff.sweep", () -> "1s");
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
    MockMvc mvc;

    @Test
    void aDeactivatedGuidesChatGoesToAnotherGuideWithTheBriefAndTheyGetNoMoreOffers() throws Exception {
        long farid = 7101;
        long golnar = 7102;
        long newcomer = 9601;
        join(farid, "Farid", "fa");
        join(golnar, "Golnar", "fa");
        String note = "کمک برای پیدا کردن خانه";
        askForGuide(newcomer, "fa", note);
        Call offer = API.await(to(farid).and(c -> c.text().contains("🙋") && c.text().contains(note)), 1, WAIT).getFirst();
        API.await(to(golnar).and(c -> c.text().contains("🙋") && c.text().contains(note)), 1, WAIT);
        API.offer(Updates.callback(farid, button(offer, 0, 0)));
        API.await(to(farid).and(c -> c.text().contains("Sie sprechen jetzt mit")), 1, WAIT);
        API.await(to(newcomer).and(c -> c.text().contains("Farid")), 1, WAIT);

        mvc.perform(post("/admin/guides/" + guideId(farid) + "/deactivate").with(user(COORDINATOR)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Call told = API.await(to(farid).and(c -> c.text().contains("vorerst deaktiviert")), 1, WAIT).getFirst();
        assertThat(told.text()).contains("an andere Guides gegangen: 1");
        API.await(to(newcomer).and(c -> c.text().contains("Welcome Guide دیگری")), 1, WAIT);
        // Golnar lost the first race; now the chat is offered to her again, and she gets the brief with the note
        Call again = API.await(to(golnar).and(c -> c.text().contains("🙋") && c.text().contains(note)), 2, WAIT).get(1);
        API.offer(Updates.callback(farid, button(offer, 0, 0)));
        API.await(to(farid).and(c -> c.text().contains("schon übernommen") || c.text().contains("nicht mehr offen")), 1, WAIT);
        API.offer(Updates.callback(golnar, button(again, 0, 0)));
        Call brief = API.await(to(golnar).and(c -> c.text().contains("Sie sprechen jetzt mit")), 1, WAIT).getFirst();
        assertThat(brief.text()).contains(note);
        API.await(to(newcomer).and(c -> c.text().contains("Golnar")), 1, WAIT);

        // a new request goes to Golnar only
        long second = 9602;
        String secondNote = "سؤال درباره کلاس زبان";
        askForGuide(second, "fa", secondNote);
        API.await(to(golnar).and(c -> c.text().contains(secondNote)), 1, WAIT);
        Thread.sleep(1500); // a sweep later, still nothing for Farid
        assertThat(API.calls()).filteredOn(to(farid)).noneMatch(c -> c.text().contains(secondNote));
        // ending his own pause does not pretend he is back: the coordinators' deactivation still holds
        API.offer(Updates.text(farid, "de", "/resume"));
        API.await(to(farid).and(c -> c.text().contains("Konto vorerst pausiert")), 1, WAIT);
        assertThat(API.calls()).filteredOn(to(farid)).noneMatch(c -> c.text().contains("Willkommen zurück"));

        mvc.perform(post("/admin/guides/" + guideId(farid) + "/reactivate").with(user(COORDINATOR)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        API.await(to(farid).and(c -> c.text().contains("wieder aktiviert")), 1, WAIT);
    }

    @Test
    void aGuideIsToldInTheirLanguageWhenACoordinatorEditsTheirProfile() throws Exception {
        long jana = 7105;
        join(jana, "Jana", "uk");
        long id = guideId(jana);
        int version = jdbc.queryForObject("select version from guide where id = ?", Integer.class, id);
        mvc.perform(post("/admin/guides/" + id).with(user(COORDINATOR)).with(csrf()).param("version", Integer.toString(version))
                        .param("displayName", "Jana K.").param("languages", "uk", "pl").param("cities", "bochum")
                        .param("times-3", "18:00-20:00").param("maxOpenChats", "1"))
                .andExpect(status().is3xxRedirection());
        Call told = API.await(to(jana).and(c -> c.text().contains("Die Koordination hat Ihr Profil")), 1, WAIT).getFirst();
        assertThat(told.text()).contains("Jana K.").contains("Ukrainisch, Polnisch").contains("Bochum").contains("18:00–20:00")
                .contains("Chats gleichzeitig: 1");
    }

    @Test
    void theGuideIsRemindedOfProfessionalServicesOncePerAreaAndTheNewcomerNeverSeesIt() throws Exception {
        service("Migrationsberatung Essen", "asylum", "essen", "ar");
        service("Schuldnerberatung Ruhr", "debt", "", "de");
        service("Asylberatung Dortmund", "asylum", "dortmund", "ar");
        long hiba = 7103;
        long newcomer = 9603;
        join(hiba, "Hiba", "ar");
        String note = "سؤال عن اللجوء";
        askForGuide(newcomer, "ar", note);
        Call offer = API.await(to(hiba).and(c -> c.text().contains("🙋") && c.text().contains(note)), 1, WAIT).getFirst();
        API.offer(Updates.callback(hiba, button(offer, 0, 0)));
        API.await(to(hiba).and(c -> c.text().contains("Sie sprechen jetzt mit")), 1, WAIT);
        Call asylum = API.await(to(hiba).and(c -> c.text().contains("Asylverfahren")), 1, WAIT).getFirst();
        assertThat(asylum.text()).contains("Migrationsberatung Essen").contains("0201 1234567").contains("Arabisch")
                .doesNotContain("Asylberatung Dortmund").doesNotContain(note);

        API.offer(Updates.text(newcomer, "ar", "عندي ديون كثيرة"));
        Call debt = API.await(to(hiba).and(c -> c.text().contains("Schulden")), 1, WAIT).getFirst();
        assertThat(debt.text()).contains("Schuldnerberatung Ruhr").contains("ganzes Ruhrgebiet").doesNotContain("ديون");
        API.offer(Updates.text(newcomer, "ar", "وماذا عن اللجوء لعائلتي؟"));
        API.await(to(hiba).and(method("copyMessage")).and(from(newcomer)), 2, WAIT);
        Thread.sleep(1000);
        assertThat(API.calls()).filteredOn(to(hiba).and(c -> c.text().contains("Asylverfahren"))).as("once per area").hasSize(1);
        assertThat(API.calls()).filteredOn(to(newcomer))
                .noneMatch(c -> c.text().contains("Migrationsberatung") || c.text().contains("Schuldnerberatung")
                        || c.text().contains("ℹ️"));
    }

    @Test
    void afterTheChatClosedTheGuideSeesNothingMoreOfIt() throws Exception {
        long ivan = 7104;
        long newcomer = 9604;
        join(ivan, "Ivan", "ru");
        askForGuide(newcomer, "ru", "Нужна помощь с документами");
        Call offer = API.await(to(ivan).and(c -> c.text().contains("🙋")), 1, WAIT).getFirst();
        API.offer(Updates.callback(ivan, button(offer, 0, 0)));
        API.await(to(ivan).and(c -> c.text().contains("Sie sprechen jetzt mit")), 1, WAIT);
        long handoff = jdbc.queryForObject("""
                select h.id from handoff h join conversation c on c.id = h.conversation_id where c.external_id = ?""",
                Long.class, Long.toString(newcomer));
        API.offer(Updates.text(newcomer, "ru", "Здравствуйте!"));
        API.await(to(ivan).and(method("copyMessage")).and(from(newcomer)), 1, WAIT);

        API.offer(Updates.text(newcomer, "ru", "/end"));
        API.await(to(ivan).and(c -> c.text().contains("hat den Chat beendet")), 1, WAIT);
        API.offer(Updates.text(ivan, "de", "Sind Sie noch da?"));
        API.await(to(ivan).and(c -> c.text().contains("keinen offenen Chat")), 1, WAIT);
        API.offer(Updates.callback(ivan, "gd:a:" + handoff));
        API.await(to(ivan).and(c -> c.text().contains("nicht mehr offen")), 1, WAIT);
        API.offer(Updates.text(ivan, "de", "/chats"));
        API.await(to(ivan).and(c -> c.text().contains("keinen offenen Chat")), 2, WAIT);
        int before = API.calls().size();
        API.offer(Updates.text(newcomer, "ru", "Ещё один вопрос: где получить налоговый номер?"));
        API.await(to(newcomer).and(method("sendMessage")).and(c -> API.calls().indexOf(c) >= before), 1, WAIT);

        assertThat(API.calls()).filteredOn(to(ivan).and(method("copyMessage"))).hasSize(1);
        assertThat(API.calls()).filteredOn(to(ivan)).noneMatch(c -> c.text().contains("налоговый"));
        assertThat(API.calls()).filteredOn(to(newcomer)).noneMatch(c -> c.text().contains("Sind Sie noch da")
                || c.body().path("from_chat_id").asLong() == ivan);
    }

    private void service(String name, String area, String city, String lang) throws Exception {
        mvc.perform(post("/admin/referrals").with(user(EDITOR)).with(csrf()).param("name", name).param("areas", area)
                        .param("city", city).param("phone", "0201 1234567").param("languages", lang))
                .andExpect(status().is3xxRedirection());
    }

    private void askForGuide(long newcomer, String lang, String note) throws InterruptedException {
        API.offer(Updates.text(newcomer, lang, "/start lang-" + lang + "_city-essen"));
        API.await(to(newcomer), 1, WAIT);
        API.offer(Updates.text(newcomer, lang, "/guide"));
        API.await(to(newcomer), 2, WAIT);
        API.offer(Updates.callback(newcomer, "hc:y"));
        API.await(to(newcomer).and(method("sendMessage")), 3, WAIT);
        API.offer(Updates.text(newcomer, lang, note));
    }

    private long guideId(long telegramUser) {
        return jdbc.queryForObject("select id from guide where telegram_user_id = ?", Long.class, telegramUser);
    }

    private void join(long user, String name, String lang) throws Exception {
        new JoiningGuides(API, invites, jdbc, WAIT).join(user, name, lang, "essen", null);
    }
}

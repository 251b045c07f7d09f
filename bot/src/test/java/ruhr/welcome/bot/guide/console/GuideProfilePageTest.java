package ruhr.welcome.bot.guide.console;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Coordinators correct a guide's profile and deactivate or reactivate them; checked, audited, and only for them. */
@SpringBootTest
@AutoConfigureMockMvc
class GuideProfilePageTest {

    private static final StaffPrincipal COORDINATOR = staff(Role.COORDINATOR);
    private static final StaffPrincipal ADMIN = staff(Role.ADMIN);
    private static final StaffPrincipal EDITOR = staff(Role.EDITOR);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private static StaffPrincipal staff(Role role) {
        return new StaffPrincipal(1, role.name().toLowerCase(), "Name " + role, role, null, "{noop}x", true, false);
    }

    private long guide(String name, long telegramId, String step) {
        Long id = jdbc.queryForObject("""
                insert into guide (display_name, telegram_user_id, languages, cities, topics, setup_step, max_open_chats)
                values (?, ?, '{ar,de}', '{essen}', '{housing}', ?, 2) returning id""", Long.class, name, telegramId, step);
        jdbc.update("insert into guide_availability (guide_id, day_of_week, start_time, end_time) values (?, 1, '17:00', '21:00')", id);
        return id;
    }

    private MockHttpServletRequestBuilder save(long id, int version) {
        return save(id, version, COORDINATOR, "  Amal   K. ");
    }

    private MockHttpServletRequestBuilder save(long id, int version, StaffPrincipal staff, String name) {
        return post("/admin/guides/" + id).with(user(staff)).with(csrf()).header("Accept-Language", "en")
                .param("version", Integer.toString(version)).param("displayName", name)
                .param("languages", "ar", "fr").param("cities", "essen", "bochum").param("topics", "work")
                .param("times-1", "09:00-12:00, 17-21").param("times-6", "10:00-24:00").param("maxOpenChats", "3");
    }

    private int version(long id) {
        return jdbc.queryForObject("select version from guide where id = ?", Integer.class, id);
    }

    @Test
    void aCoordinatorCorrectsTheProfileAndTheChangeIsAudited() throws Exception {
        long id = guide("Amal", 881_001, "READY");
        mvc.perform(get("/admin/guides/" + id).with(user(COORDINATOR)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"17:00-21:00\"")))
                .andExpect(content().string(containsString("Arabic (ar)")))
                .andExpect(content().string(not(containsString("881001"))));

        mvc.perform(save(id, version(id))).andExpect(redirectedUrl("/admin/guides/" + id + "?saved"));

        var row = jdbc.queryForMap("select display_name, array_to_string(languages, ',') l, array_to_string(cities, ',') c, "
                + "array_to_string(topics, ',') t, max_open_chats from guide where id = ?", id);
        assertThat(row.get("display_name")).isEqualTo("Amal K.");
        assertThat(row.get("l")).isEqualTo("ar,fr");
        assertThat(row.get("c")).isEqualTo("essen,bochum");
        assertThat(row.get("t")).isEqualTo("work");
        assertThat(row.get("max_open_chats")).isEqualTo(3);
        assertThat(jdbc.queryForList("""
                select day_of_week || ' ' || start_time || '-' || end_time from guide_availability where guide_id = ?
                order by day_of_week, start_time""", String.class, id))
                .containsExactly("1 09:00:00-12:00:00", "1 17:00:00-21:00:00", "6 10:00:00-23:59:59");
        var audit = jdbc.queryForMap("select actor, before_json, after_json from audit_log where action = 'guide.edit' and subject = ?",
                "guide:" + id);
        assertThat(audit.get("actor")).isEqualTo("coordinator");
        assertThat((String) audit.get("before_json")).contains("\"Amal\"").contains("\"1 17:00-21:00\"");
        assertThat((String) audit.get("after_json")).contains("\"Amal K.\"").contains("\"fr\"").contains("\"6 10:00-23:59:59\"");

        mvc.perform(get("/admin/guides/" + id + "?saved").with(user(COORDINATOR)).header("Accept-Language", "de"))
                .andExpect(content().string(containsString("Gespeichert")))
                .andExpect(content().string(containsString("value=\"10:00-24:00\"")));
    }

    @Test
    void wrongInputIsExplainedAndNothingChanges() throws Exception {
        long id = guide("Boris", 881_002, "READY");
        int version = version(id);
        mvc.perform(post("/admin/guides/" + id).with(user(COORDINATOR)).with(csrf()).header("Accept-Language", "en")
                        .param("version", Integer.toString(version)).param("displayName", "<script>x</script>")
                        .param("languages", "xx").param("times-2", "18:00-17:00").param("times-3", "evening")
                        .param("maxOpenChats", "9"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please choose only languages, cities and topics offered here.")))
                .andExpect(content().string(containsString("Please write times like 09:00-12:00")))
                .andExpect(content().string(containsString("Please choose 1 to 5 chats at once.")))
                .andExpect(content().string(containsString("&lt;script&gt;x&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>x"))));
        mvc.perform(post("/admin/guides/" + id).with(user(COORDINATOR)).with(csrf()).header("Accept-Language", "en")
                        .param("version", Integer.toString(version)).param("displayName", "Boris").param("languages", "de")
                        .param("times-2", "09:00-12:00, 11:00-13:00").param("maxOpenChats", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Times on the same day must not overlap.")));
        mvc.perform(post("/admin/guides/" + id).with(user(COORDINATOR)).with(csrf()).header("Accept-Language", "en")
                        .param("version", Integer.toString(version)).param("displayName", "").param("maxOpenChats", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please enter a name of 1 to 40 characters.")))
                .andExpect(content().string(containsString("Please choose at least one language.")))
                .andExpect(content().string(containsString("Please enter at least one weekly time.")));
        assertThat(jdbc.queryForObject("select display_name from guide where id = ?", String.class, id)).isEqualTo("Boris");
        assertThat(version(id)).isEqualTo(version);
    }

    @Test
    void anEditOnAnOutdatedProfileIsRefusedInsteadOfOverwritingTheOtherChange() throws Exception {
        long id = guide("Chen", 881_003, "READY");
        int read = version(id);
        mvc.perform(save(id, read)).andExpect(status().is3xxRedirection());
        mvc.perform(save(id, read, COORDINATOR, "Someone else"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone changed this profile meanwhile.")));
        assertThat(jdbc.queryForObject("select display_name from guide where id = ?", String.class, id)).isEqualTo("Amal K.");
    }

    @Test
    void aGuideStillSettingUpOrGoneIsNotEdited() throws Exception {
        long settingUp = guide("Dana", 881_004, "TOPICS");
        mvc.perform(get("/admin/guides/" + settingUp).with(user(COORDINATOR)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is still setting up their profile")))
                .andExpect(content().string(not(containsString("name=\"displayName\""))));
        mvc.perform(save(settingUp, version(settingUp))).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select display_name from guide where id = ?", String.class, settingUp)).isEqualTo("Dana");
        mvc.perform(get("/admin/guides/999999").with(user(COORDINATOR))).andExpect(status().isNotFound());
    }

    @Test
    void deactivatingAndReactivatingAreAuditedAndShownInTheList() throws Exception {
        long id = guide("Emre", 881_005, "READY");
        mvc.perform(post("/admin/guides/" + id + "/deactivate").with(user(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/guides/" + id + "?deactivated=0"));
        assertThat(jdbc.queryForObject("select deactivated_at is not null from guide where id = ?", Boolean.class, id)).isTrue();
        mvc.perform(get("/admin/guides").with(user(COORDINATOR)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("deactivated")))
                .andExpect(content().string(containsString("href=\"/admin/guides/" + id + "\"")));
        mvc.perform(post("/admin/guides/" + id + "/deactivate").with(user(COORDINATOR)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("not possible in the guide")));

        mvc.perform(post("/admin/guides/" + id + "/reactivate").with(user(COORDINATOR)).with(csrf()))
                .andExpect(redirectedUrl("/admin/guides/" + id + "?reactivated"));
        assertThat(jdbc.queryForObject("select deactivated_at is null from guide where id = ?", Boolean.class, id)).isTrue();
        assertThat(jdbc.queryForList("select action from audit_log where subject = ? order by id", String.class, "guide:" + id))
                .containsExactly("guide.deactivate", "guide.reactivate");
    }

    @Test
    void onlyCoordinatorsAndAdminsAndNeverWithoutTheCsrfToken() throws Exception {
        long id = guide("Fatma", 881_006, "READY");
        int version = version(id);
        mvc.perform(get("/admin/guides/" + id).with(user(EDITOR))).andExpect(status().isForbidden());
        mvc.perform(save(id, version, EDITOR, "Edited")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/guides/" + id + "/deactivate").with(user(EDITOR)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/guides/" + id + "/deactivate").with(user(COORDINATOR))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/guides/" + id).with(user(COORDINATOR)).param("version", Integer.toString(version))
                .param("displayName", "X")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/guides/" + id)).andExpect(redirectedUrl("/admin/login"));
        assertThat(jdbc.queryForObject("select display_name from guide where id = ?", String.class, id)).isEqualTo("Fatma");
        assertThat(jdbc.queryForObject("select deactivated_at is null from guide where id = ?", Boolean.class, id)).isTrue();
    }
}

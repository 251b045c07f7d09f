package ruhr.welcome.bot.referral;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

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

/** Editors keep the list of professional services; checked, audited, escaped, and only for them. */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralsPageTest {

    private static final StaffPrincipal EDITOR = staff(Role.EDITOR, null);
    private static final StaffPrincipal ESSEN_EDITOR = staff(Role.EDITOR, "essen");
    private static final StaffPrincipal COORDINATOR = staff(Role.COORDINATOR, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private static StaffPrincipal staff(Role role, String city) {
        return new StaffPrincipal(1, role.name().toLowerCase() + (city == null ? "" : "-" + city), "Name " + role, role, city,
                "{noop}x", true, false);
    }

    private long id(String name) {
        return jdbc.queryForObject("select id from referral_service where name = ?", Long.class, name);
    }

    @Test
    void anEditorAddsChangesAndDeletesAServiceAndEveryChangeIsAudited() throws Exception {
        mvc.perform(post("/admin/referrals").with(user(EDITOR)).with(csrf())
                        .param("name", "Refugee <b>law</b> clinic").param("areas", "asylum", "legal").param("city", "")
                        .param("phone", "0201 123456").param("url", "https://example.org/clinic").param("languages", "de", "ar"))
                .andExpect(redirectedUrl("/admin/referrals?saved"));
        long id = id("Refugee <b>law</b> clinic");
        var row = jdbc.queryForMap("select array_to_string(areas, ',') a, city, phone, url, array_to_string(languages, ',') l "
                + "from referral_service where id = ?", id);
        assertThat(row.get("a")).isEqualTo("asylum,legal");
        assertThat(row.get("city")).isNull();
        assertThat(row.get("l")).isEqualTo("de,ar");

        mvc.perform(get("/admin/referrals").with(user(EDITOR)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Refugee &lt;b&gt;law&lt;/b&gt; clinic")))
                .andExpect(content().string(not(containsString("<b>law</b>"))))
                .andExpect(content().string(containsString("Asylum procedure, Legal disputes")))
                .andExpect(content().string(containsString("href=\"https://example.org/clinic\"")))
                .andExpect(content().string(containsString("German, Arabic")));

        int version = jdbc.queryForObject("select version from referral_service where id = ?", Integer.class, id);
        mvc.perform(post("/admin/referrals/" + id).with(user(EDITOR)).with(csrf()).param("version", Integer.toString(version))
                        .param("name", "Refugee law clinic").param("areas", "asylum").param("city", "essen")
                        .param("url", "https://example.org/clinic").param("languages", "de"))
                .andExpect(redirectedUrl("/admin/referrals?saved"));
        assertThat(jdbc.queryForObject("select city from referral_service where id = ?", String.class, id)).isEqualTo("essen");
        mvc.perform(post("/admin/referrals/" + id).with(user(EDITOR)).with(csrf()).param("version", Integer.toString(version))
                        .param("name", "Stale edit").param("areas", "debt").param("phone", "0201 1").param("languages", "de")
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone changed this service meanwhile.")));

        mvc.perform(post("/admin/referrals/" + id + "/delete").with(user(EDITOR)).with(csrf()))
                .andExpect(redirectedUrl("/admin/referrals?deleted"));
        assertThat(jdbc.queryForObject("select count(*) from referral_service where id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForList("select action from audit_log where subject = ? order by id", String.class, "referral:" + id))
                .containsExactly("referral.create", "referral.update", "referral.delete");
        assertThat(jdbc.queryForObject("select before_json from audit_log where subject = ? and action = 'referral.update'",
                String.class, "referral:" + id)).contains("\"legal\"");
    }

    @Test
    void incompleteOrDangerousEntriesAreRefusedPolitely() throws Exception {
        mvc.perform(post("/admin/referrals").with(user(EDITOR)).with(csrf()).header("Accept-Language", "en")
                        .param("name", "Debt advice").param("areas", "debt").param("url", "javascript:alert(1)")
                        .param("languages", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please enter a web address starting with https:// or http://.")));
        mvc.perform(post("/admin/referrals").with(user(EDITOR)).with(csrf()).header("Accept-Language", "de")
                        .param("name", " ").param("areas", "gossip").param("phone", "call us").param("city", "paris"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Bitte geben Sie einen Namen mit höchstens 120 Zeichen ein.")))
                .andExpect(content().string(containsString("Bitte wählen Sie mindestens einen Bereich.")))
                .andExpect(content().string(containsString("Bitte wählen Sie eine Stadt aus der Liste.")))
                .andExpect(content().string(containsString("nur mit Ziffern")))
                .andExpect(content().string(containsString("Bitte wählen Sie mindestens eine Sprache aus der Liste.")));
        mvc.perform(post("/admin/referrals").with(user(EDITOR)).with(csrf()).header("Accept-Language", "en")
                        .param("name", "No contact").param("areas", "health").param("languages", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please enter a phone number or a web address.")));
        assertThat(jdbc.queryForObject("select count(*) from referral_service where name in ('Debt advice', 'No contact')",
                Integer.class)).isZero();
    }

    @Test
    void aCityEditorKeepsTheServicesOfTheirCityOnly() throws Exception {
        jdbc.update("""
                insert into referral_service (name, areas, city, phone, languages)
                values ('Regional debt line', '{debt}', null, '0800 111', '{de}')""");
        long regional = id("Regional debt line");
        mvc.perform(post("/admin/referrals").with(user(ESSEN_EDITOR)).with(csrf()).header("Accept-Language", "en")
                        .param("name", "Dortmund clinic").param("areas", "health").param("city", "dortmund")
                        .param("phone", "0231 1").param("languages", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You maintain the services of your city")));
        mvc.perform(post("/admin/referrals").with(user(ESSEN_EDITOR)).with(csrf())
                        .param("name", "Essen clinic").param("areas", "health").param("city", "essen")
                        .param("phone", "0201 1").param("languages", "de"))
                .andExpect(redirectedUrl("/admin/referrals?saved"));
        mvc.perform(get("/admin/referrals/" + regional).with(user(ESSEN_EDITOR))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/referrals/" + regional + "/delete").with(user(ESSEN_EDITOR)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/referrals").with(user(ESSEN_EDITOR)))
                .andExpect(content().string(not(containsString("href=\"/admin/referrals/" + regional + "\""))))
                .andExpect(content().string(containsString("href=\"/admin/referrals/" + id("Essen clinic") + "\"")));
        assertThat(jdbc.queryForObject("select count(*) from referral_service where id = ?", Integer.class, regional)).isOne();
    }

    @Test
    void onlyEditorsAndAdminsAndNeverWithoutTheCsrfToken() throws Exception {
        mvc.perform(get("/admin/referrals").with(user(COORDINATOR))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/referrals").with(user(COORDINATOR)).with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/referrals").with(user(EDITOR)).param("name", "No token").param("areas", "debt")
                .param("phone", "0201 1").param("languages", "de")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/referrals")).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/referrals").with(user(staff(Role.ADMIN, null)))).andExpect(status().isOk());
        mvc.perform(get("/admin").with(user(EDITOR))).andExpect(content().string(containsString("href=\"/admin/referrals\"")));
        assertThat(jdbc.queryForObject("select count(*) from referral_service where name = 'No token'", Integer.class)).isZero();
    }
}

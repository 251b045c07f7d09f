package ruhr.welcome.bot.guide.console;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import ruhr.welcome.admin.console.ConsolePage;
import ruhr.welcome.admin.console.ConsoleSection;
import ruhr.welcome.admin.security.AuditLog;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffPrincipal;
import ruhr.welcome.bot.guide.GuideInvites;
import ruhr.welcome.knowledge.faq.City;

/**
 * The coordinators' page of Welcome Guides: who is there, their languages, cities and load, what is
 * waiting, and new invitations. Guides' Telegram accounts are never shown.
 */
@Controller
@ConsolePage
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class GuidesPage {

    static final Duration INVITATION_VALID = Duration.ofDays(7);

    /** One guide as the coordinator sees them. */
    record GuideRow(long id, String name, String languages, String cities, String status, int openChats, int maxChats) {
    }

    private final JdbcTemplate jdbc;
    private final GuideInvites invites;
    private final AuditLog audit;
    private final String botUsername;

    GuidesPage(JdbcTemplate jdbc, GuideInvites invites, AuditLog audit,
               @Value("${welcome.telegram.bot-username:}") String botUsername) {
        this.jdbc = jdbc;
        this.invites = invites;
        this.audit = audit;
        this.botUsername = botUsername;
    }

    @Bean
    @Order(200)
    static ConsoleSection guidesSection() {
        return new ConsoleSection("/admin/guides", "nav.guides", Set.of(Role.COORDINATOR, Role.ADMIN));
    }

    @GetMapping("/admin/guides")
    String guides(Model model) {
        model.addAttribute("guides", rows());
        model.addAttribute("waiting", count("WAITING"));
        model.addAttribute("connected", count("CONNECTED"));
        return "admin/guides/list";
    }

    @PostMapping("/admin/guides/invitations")
    @org.springframework.transaction.annotation.Transactional
    String invite(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        var invite = invites.create(staff.username(), INVITATION_VALID);
        audit.record(staff.username(), "guide.invite", "guide-invite", null, "{\"expires\":\"" + invite.expiresAt() + "\"}");
        model.addAttribute("link", botUsername.isBlank() ? null
                : "https://t.me/" + botUsername + "?start=" + invite.startPayload());
        model.addAttribute("command", "/start " + invite.startPayload());
        model.addAttribute("expires", invite.expiresAt());
        return guides(model);
    }

    private List<GuideRow> rows() {
        return jdbc.query("""
                select g.id, g.display_name, array_to_string(g.languages, ', '), g.cities,
                       case when not g.active then 'left' when g.deactivated_at is not null then 'deactivated'
                            when g.paused then 'paused' when g.setup_step <> 'READY' then 'setup' else 'active' end,
                       (select count(*) from handoff h where h.guide_id = g.id and h.state = 'CONNECTED'), g.max_open_chats
                from guide g order by g.active desc, g.display_name, g.id""",
                (rs, i) -> new GuideRow(rs.getLong(1), rs.getString(2), rs.getString(3), cityNames((String[]) rs.getArray(4).getArray()),
                        rs.getString(5), rs.getInt(6), rs.getInt(7)));
    }

    private static String cityNames(String[] ids) {
        return Arrays.stream(ids).map(id -> City.byId(id).map(City::displayName).orElse(id)).collect(Collectors.joining(", "));
    }

    private int count(String state) {
        Integer n = jdbc.queryForObject("select count(*) from handoff where state = ?", Integer.class, state);
        return n == null ? 0 : n;
    }
}

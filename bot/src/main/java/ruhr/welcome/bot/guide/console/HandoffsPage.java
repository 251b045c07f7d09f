package ruhr.welcome.bot.guide.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ruhr.welcome.admin.console.ConsolePage;
import ruhr.welcome.admin.console.ConsoleSection;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.bot.i18n.ConsoleLabels;

/**
 * Requests waiting for a guide and chats going on, for coordinators to see where help is missing.
 * Only the shape of each request is shown (pseudonym, language, city, topic, times): never the note
 * or anything the newcomer or the guide wrote.
 */
@Controller
@ConsolePage
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class HandoffsPage {

    /** One open request as coordinators see it. */
    record OpenRow(boolean waiting, int pseudonym, String language, String city, String topic, String since,
                   long waitedMinutes, String guide) {
        public long hours() { return waitedMinutes / 60; }
        public long minutes() { return waitedMinutes % 60; }
    }

    private final JdbcTemplate jdbc;
    private final ConsoleLabels labels;

    HandoffsPage(JdbcTemplate jdbc, ConsoleLabels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    @Bean
    @Order(210)
    static ConsoleSection handoffsSection() {
        return new ConsoleSection("/admin/handoffs", "nav.handoffs", Set.of(Role.COORDINATOR, Role.ADMIN));
    }

    @GetMapping("/admin/handoffs")
    String open(Model model, Locale locale) {
        Instant now = Instant.now();
        List<OpenRow> rows = jdbc.query("""
                select h.state, c.pseudonym, h.lang, h.city, h.topic, h.requested_at, h.accepted_at, g.display_name
                from handoff h join conversation c on c.id = h.conversation_id left join guide g on g.id = h.guide_id
                where h.state in ('WAITING', 'CONNECTED')
                order by h.requested_at, h.id""", (rs, i) -> {
            boolean waiting = "WAITING".equals(rs.getString(1));
            Instant requested = rs.getTimestamp(6).toInstant();
            Instant since = waiting || rs.getTimestamp(7) == null ? requested : rs.getTimestamp(7).toInstant();
            String city = rs.getString(4);
            String topic = rs.getString(5);
            return new OpenRow(waiting, rs.getInt(2), labels.language(rs.getString(3), locale),
                    city == null ? null : ConsoleLabels.city(city), topic == null ? null : labels.topic(topic, locale),
                    ConsoleLabels.dateTime(since, locale), Math.max(0, Duration.between(since, now).toMinutes()), rs.getString(8));
        });
        model.addAttribute("waiting", rows.stream().filter(OpenRow::waiting).toList());
        model.addAttribute("connected", rows.stream().filter(r -> !r.waiting()).toList());
        return "admin/guides/handoffs";
    }
}

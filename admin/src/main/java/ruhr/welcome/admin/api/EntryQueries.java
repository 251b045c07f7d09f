package ruhr.welcome.admin.api;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.knowledge.faq.FaqEntryRepository;

/** Reading entries for the API: filtered, paged lists in SQL, single entries whole. */
@Component
class EntryQueries {

    private final JdbcTemplate jdbc;
    private final FaqEntryRepository entries;

    EntryQueries(JdbcTemplate jdbc, FaqEntryRepository entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    EntryPage list(EntryFilter filter, int page, int size) {
        var where = new StringBuilder(" from faq_entry e where true");
        var args = new ArrayList<Object>();
        if (filter.topic() != null) {
            where.append(" and ? = any(e.topics)");
            args.add(filter.topic());
        }
        if (filter.audience() != null) {
            where.append(" and ? = any(e.audiences)");
            args.add(filter.audience());
        }
        if (EntryFilter.REGION.equals(filter.city())) {
            where.append(" and e.city is null");
        } else if (filter.city() != null) {
            where.append(" and e.city = ?");
            args.add(filter.city());
        }
        if (filter.status() != null) {
            where.append(" and e.status = ?");
            args.add(filter.status().toUpperCase(Locale.ROOT));
        }
        if (filter.lang() != null) {
            where.append(" and exists (select 1 from faq_text t where t.entry_id = e.id and t.lang = ?)");
            args.add(filter.lang());
        }
        if (filter.missing() != null) {
            where.append(" and not exists (select 1 from faq_text t where t.entry_id = e.id and t.lang = ?)");
            args.add(filter.missing());
        }
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        var pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        var items = jdbc.query("""
                select e.entry_key, e.city, e.variant_of, e.status, e.topics, e.audiences, e.version, e.updated_at,
                       array(select t.lang from faq_text t where t.entry_id = e.id order by t.lang) as langs,
                       (select t.question from faq_text t where t.entry_id = e.id
                        order by case t.lang when 'de' then 0 when 'en' then 1 else 2 end, t.lang limit 1) as question
                """ + where + " order by e.entry_key limit ? offset ?",
                (rs, i) -> new EntrySummary(rs.getString("entry_key"), rs.getString("city"), rs.getString("variant_of"),
                        rs.getString("status").toLowerCase(Locale.ROOT), strings(rs.getArray("topics")),
                        strings(rs.getArray("audiences")), strings(rs.getArray("langs")), rs.getString("question"),
                        rs.getInt("version"), rs.getTimestamp("updated_at").toInstant()),
                pageArgs.toArray());
        long totalItems = total == null ? 0 : total;
        return new EntryPage(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    @Transactional(readOnly = true)
    EntryResource get(String key) {
        return entries.findByKey(key).map(EntryResource::of).orElseThrow(() -> new ApiErrors.NoSuchEntry(key));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}

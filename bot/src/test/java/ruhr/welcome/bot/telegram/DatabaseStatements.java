package ruhr.welcome.bot.telegram;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the database's time goes per update ({@code --statements=true}): pg_stat_statements over
 * the measured run. Statements are shown as the app sent them, with placeholders, never values.
 */
final class DatabaseStatements {

    private final JdbcTemplate jdbc;

    private DatabaseStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static DatabaseStatements reset(JdbcTemplate jdbc) {
        jdbc.execute("create extension if not exists pg_stat_statements");
        jdbc.execute("select pg_stat_statements_reset()");
        return new DatabaseStatements(jdbc);
    }

    void printTop(int updates, int lines) {
        jdbc.query("""
                select calls, total_exec_time, rows, query from pg_stat_statements
                where dbid = (select oid from pg_database where datname = current_database())
                order by total_exec_time desc limit ?""", rs -> {
            String sql = rs.getString(4).replaceAll("\\s+", " ");
            System.out.printf("load statement calls_per_update=%.2f ms_per_update=%.3f rows_per_call=%.1f sql=%s%n",
                    rs.getLong(1) / (double) updates, rs.getDouble(2) / updates, rs.getLong(3) / (double) Math.max(1, rs.getLong(1)),
                    sql.substring(0, Math.min(160, sql.length())));
        }, lines);
        jdbc.query("""
                select relname, n_live_tup, n_dead_tup, n_tup_upd, n_tup_hot_upd, autovacuum_count from pg_stat_user_tables
                where n_tup_ins + n_tup_upd > 1000 order by n_tup_ins + n_tup_upd desc""", rs -> {
            System.out.printf("load table=%s live=%d dead=%d updates=%d hot_updates=%d autovacuums=%d%n", rs.getString(1),
                    rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
        });
        jdbc.query("select sum(calls), sum(total_exec_time) from pg_stat_statements", rs -> {
            System.out.printf("load statements_per_update=%.1f db_exec_ms_per_update=%.3f%n", rs.getLong(1) / (double) updates,
                    rs.getDouble(2) / updates);
        });
    }
}

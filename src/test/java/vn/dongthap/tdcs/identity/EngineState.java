package vn.dongthap.tdcs.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fingerprint of everything a refused request must leave untouched: the application's tables and the
 * engine's runtime, identity and deployment tables. Two equal snapshots mean nothing changed.
 */
final class EngineState {

    private static final List<String> TABLES = List.of(
            "kehoach.report_round", "kehoach.round_unit", "kehoach.round_unit_step", "kehoach.submission", "kehoach.submission_item",
            "kehoach.report_return", "kehoach.report_attachment", "kehoach.round_document", "kehoach.amendment_proposal",
            "kehoach.amendment_batch", "kehoach.notification_outbox", "kehoach.plan_version",
            "act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_event_subscr", "act_ru_job",
            "act_ru_identitylink", "act_ru_authorization", "act_ru_incident", "act_re_deployment", "act_re_procdef",
            "act_id_user", "act_id_group", "act_id_membership");

    private EngineState() {
    }

    private static final String QUERY = TABLES.stream()
            .map(table -> "select '" + table + "', coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') from "
                    + table + " t")
            .collect(java.util.stream.Collectors.joining(" union all "));

    /** Table → md5 of its rows (order-independent), in one query. */
    static Map<String, String> snapshot(JdbcClient jdbc) {
        Map<String, String> fingerprint = new LinkedHashMap<>();
        jdbc.sql(QUERY).query((rs, n) -> fingerprint.put(rs.getString(1), rs.getString(2))).list();
        return fingerprint;
    }
}

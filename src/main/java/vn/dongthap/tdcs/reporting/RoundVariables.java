package vn.dongthap.tdcs.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * What a round's forms and mails show (names are the contract between the BPMN, forms and delegates).
 * Display only: which round and unit an execution works for comes from {@link RoundContext}.
 */
public final class RoundVariables {

    public static final String ROUND_KEY = "roundKey";
    public static final String ROUND_TITLE = "roundTitle";
    /** End of the deadline day, as a Date: the due date of every task of the round. */
    public static final String DEADLINE = "deadline";
    public static final String DEADLINE_TEXT = "deadlineText";
    /** What a thematic or ad-hoc request asks for; empty for the annual round. */
    public static final String ROUND_BRIEF = "roundBrief";
    public static final String UNIT_NAME = "unitName";

    private RoundVariables() {
    }

    public static Map<String, Object> of(ReportRound round, ZoneId zone) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ROUND_KEY, round.key());
        variables.put(ROUND_TITLE, round.title());
        variables.put(DEADLINE, endOfDay(round.deadline(), zone));
        variables.put(DEADLINE_TEXT, round.deadline().format(RoundOpening.VN_DATE));
        variables.put(ROUND_BRIEF, round.brief() == null ? "" : round.brief());
        return variables;
    }

    static Date endOfDay(LocalDate day, ZoneId zone) {
        return Date.from(day.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant());
    }
}

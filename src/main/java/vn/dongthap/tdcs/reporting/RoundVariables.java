package vn.dongthap.tdcs.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import vn.dongthap.tdcs.notification.NoticeVariables;
import vn.dongthap.tdcs.platform.ProcessVariable;

/**
 * What a round's forms and mails show (names are the contract between the BPMN, forms and delegates).
 * Display only: which round and unit an execution works for comes from {@link RoundContext}.
 */
public final class RoundVariables {

    public static final ProcessVariable<String> ROUND_KEY = ProcessVariable.of("roundKey", String.class);
    public static final ProcessVariable<String> ROUND_TITLE = NoticeVariables.ROUND_TITLE;
    /** End of the deadline day, as a Date: the due date of every task of the round. */
    public static final ProcessVariable<Date> DEADLINE = ProcessVariable.of("deadline", Date.class);
    public static final ProcessVariable<String> DEADLINE_TEXT = ProcessVariable.of("deadlineText", String.class);
    /** The plan's wording next to the computed day ({@link DeadlineWording}). */
    public static final ProcessVariable<String> DEADLINE_RULE = ProcessVariable.of("deadlineRule", String.class);
    /** What a thematic or ad-hoc request asks for; empty for the annual round. */
    public static final ProcessVariable<String> ROUND_BRIEF = ProcessVariable.of("roundBrief", String.class);
    public static final ProcessVariable<String> UNIT_NAME = NoticeVariables.UNIT_NAME;

    private RoundVariables() {
    }

    /** Without the plan's wording: the deadline day only (benchmarks). */
    public static Map<String, Object> of(ReportRound round, ZoneId zone) {
        return of(round, zone, round.deadline().format(RoundOpening.VN_DATE));
    }

    public static Map<String, Object> of(ReportRound round, ZoneId zone, String deadlineRule) {
        Map<String, Object> variables = new HashMap<>();
        ROUND_KEY.put(variables, round.key());
        ROUND_TITLE.put(variables, round.title());
        DEADLINE.put(variables, endOfDay(round.deadline(), zone));
        DEADLINE_TEXT.put(variables, round.deadline().format(RoundOpening.VN_DATE));
        DEADLINE_RULE.put(variables, deadlineRule);
        ROUND_BRIEF.put(variables, round.brief() == null ? "" : round.brief());
        return variables;
    }

    /**
     * What the unit report's forms show about the round, read when a form is loaded ({@link UnitReportFormValues}),
     * not copied into each unit report.
     */
    static Map<String, Object> displayOf(ReportRound round) {
        Map<String, Object> variables = new HashMap<>();
        ROUND_KEY.put(variables, round.key()); // the draft form's link to the attachment page
        ROUND_TITLE.put(variables, round.title());
        DEADLINE_TEXT.put(variables, round.deadline().format(RoundOpening.VN_DATE));
        ROUND_BRIEF.put(variables, round.brief() == null ? "" : round.brief());
        return variables;
    }

    static Date endOfDay(LocalDate day, ZoneId zone) {
        return Date.from(day.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant());
    }
}

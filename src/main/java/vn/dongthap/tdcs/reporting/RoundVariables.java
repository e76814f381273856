package vn.dongthap.tdcs.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Process variables that carry a round (names are the contract between the BPMN, forms and delegates). */
public final class RoundVariables {

    public static final String ROUND_KEY = "roundKey";
    public static final String ROUND_ID = "roundId";
    public static final String ROUND_TITLE = "roundTitle";
    public static final String PLAN_VERSION_ID = "planVersionId";
    /** End of the deadline day, as a Date: the due date of every task of the round. */
    public static final String DEADLINE = "deadline";
    public static final String DEADLINE_TEXT = "deadlineText";
    /** What a thematic or ad-hoc request asks for; empty for the annual round. */
    public static final String ROUND_BRIEF = "roundBrief";
    public static final String UNIT_ID = "unitId";
    public static final String UNIT_NAME = "unitName";

    private RoundVariables() {
    }

    public static Map<String, Object> of(ReportRound round, ZoneId zone) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ROUND_KEY, round.key());
        variables.put(ROUND_ID, round.id());
        variables.put(ROUND_TITLE, round.title());
        variables.put(PLAN_VERSION_ID, round.planVersionId());
        variables.put(DEADLINE, endOfDay(round.deadline(), zone));
        variables.put(DEADLINE_TEXT, round.deadline().format(RoundOpening.VN_DATE));
        variables.put(ROUND_BRIEF, round.brief() == null ? "" : round.brief());
        return variables;
    }

    public static long roundId(VariableScope scope) {
        return ((Number) scope.getVariable(ROUND_ID)).longValue();
    }

    public static String unitId(VariableScope scope) {
        return (String) scope.getVariable(UNIT_ID);
    }

    public static long planVersionId(VariableScope scope) {
        return ((Number) scope.getVariable(PLAN_VERSION_ID)).longValue();
    }

    /** Business key of one unit's report in a round, e.g. BC-NAM-2026/xa-tan-hong. */
    public static String unitReportKey(String roundKey, String unitId) {
        return roundKey + "/" + unitId;
    }

    static Date endOfDay(LocalDate day, ZoneId zone) {
        return Date.from(day.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant());
    }
}

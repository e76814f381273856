package vn.dongthap.tdcs.reporting;

import java.time.LocalDate;

/**
 * One reporting round as stored in kehoach.report_round.
 *
 * @param requestedByUnit thematic and ad-hoc rounds: the unit that asked (UBND tỉnh, NHNN, the branch, or the unit
 *                        that raised a "vướng mắc" report); the consolidated result goes to it. Null for annual rounds.
 * @param raisedByUnit    a "vướng mắc" report a unit raised on its own (Kế hoạch 752, III.1)
 */
public record ReportRound(long id, String key, RoundKind kind, Integer annualYear, int reportYear, String title,
                          String topic, String brief, long planVersionId, LocalDate computedDeadline,
                          LocalDate deadline, boolean deadlineOverridden, LocalDate dataCutoff, RoundStatus status,
                          String requestedBy, String requestedByUnit, boolean raisedByUnit) {
}

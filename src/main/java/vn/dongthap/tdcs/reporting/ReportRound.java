package vn.dongthap.tdcs.reporting;

import java.time.LocalDate;

/** One reporting round as stored in kehoach.report_round. */
public record ReportRound(long id, String key, RoundKind kind, Integer annualYear, int reportYear, String title,
                          String topic, String brief, long planVersionId, LocalDate computedDeadline,
                          LocalDate deadline, boolean deadlineOverridden, LocalDate dataCutoff, RoundStatus status,
                          String requestedBy) {
}

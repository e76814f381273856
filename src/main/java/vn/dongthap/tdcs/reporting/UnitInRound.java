package vn.dongthap.tdcs.reporting;

import java.time.Instant;

/** A unit asked to report in a round and where it stands. */
public record UnitInRound(String unitId, UnitReportStatus status, String processInstanceId, Instant lastSubmittedAt,
                          boolean late, int versions, String lastReturnReason) {
}

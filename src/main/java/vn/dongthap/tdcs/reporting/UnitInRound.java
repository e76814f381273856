package vn.dongthap.tdcs.reporting;

import java.time.Instant;

/**
 * The stored facts of a unit asked to report in a round; where it stands is {@link UnitState}, computed
 * from these by {@link UnitStates}.
 *
 * @param returned the consolidator returned the last submitted version and the unit has not submitted again
 */
public record UnitInRound(String unitId, String processInstanceId, Instant lastSubmittedAt, boolean late, int versions,
                          boolean returned, String lastReturnReason) {
}

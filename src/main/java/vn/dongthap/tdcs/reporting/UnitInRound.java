package vn.dongthap.tdcs.reporting;

import java.time.Instant;
import vn.dongthap.tdcs.plan.Obligation;

/**
 * The stored facts of a unit asked to report in a round; where it stands is {@link UnitState}, computed
 * from these by {@link UnitStates}.
 *
 * @param returned   the consolidator returned the last submitted version and the unit has not submitted again
 * @param obligation must report (III.1) or only invited (III.3), as the plan's regime said when the round opened
 */
public record UnitInRound(String unitId, String processInstanceId, Instant lastSubmittedAt, boolean late, int versions,
                          boolean returned, String lastReturnReason, Obligation obligation) {

    /** Invited units are never late or missing, get no escalation, and their task says "không bắt buộc". */
    public boolean invited() {
        return !obligation.mandatory();
    }
}

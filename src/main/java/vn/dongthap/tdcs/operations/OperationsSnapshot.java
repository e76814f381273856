package vn.dongthap.tdcs.operations;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the operator watches, read at one moment: per open round its units per state and its overdue units, the
 * mail outbox, the engine's incidents and due jobs.
 */
record OperationsSnapshot(List<Round> openRounds, Map<String, Long> mailsByStatus, Instant oldestWaitingMail,
                          Map<String, Long> incidentsByType, long dueJobs, Instant takenAt) {

    record Round(String key, Map<String, Long> unitsByState, long overdueUnits) {
    }

    static OperationsSnapshot empty() {
        return new OperationsSnapshot(List.of(), Map.of(), null, Map.of(), 0, null);
    }
}

package vn.dongthap.tdcs.reporting;

import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The failure of one opening or closing job, in words the operator reads in Cockpit's incident: which part of
 * which round, which units. The cause (with its stack trace) stays attached for the log and Cockpit's details.
 */
final class ChunkFailure {

    private ChunkFailure() {
    }

    /** Optimistic locking is the engine's own retry signal: passed through unchanged. */
    static RuntimeException of(String action, ReportRound round, int chunk, int chunks, List<RoundSteps.ChunkUnit> units,
                               RuntimeException cause) {
        if (cause instanceof OptimisticLockingException) {
            return cause;
        }
        String range = units.isEmpty() ? "" : " (từ " + units.get(0).name() + " đến " + units.get(units.size() - 1).name() + ")";
        return new ProcessEngineException("Không " + action + " được cho phần " + chunk + "/" + chunks + " của kỳ báo cáo "
                + round.key() + range + ". Công việc được thử lại tự động; nếu vẫn lỗi, xem chi tiết lỗi rồi thử lại "
                + "trong Cockpit. Các phần khác không bị ảnh hưởng.", cause);
    }
}

package vn.dongthap.tdcs.reporting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.statistics.TableStatistics;

/**
 * Task_CloseUnitReports, one chunk of the closing: message Msg_RoundClosed to the unit reports of the chunk, each
 * claimed in kehoach.round_unit_step in the same transaction. Units still drafting end as "not submitted",
 * submitted ones end as submitted; the round never waits for a silent unit. The unit reports are the instances
 * recorded in the round's table, not those a variable names.
 */
@Component("closeUnitReports")
class CloseUnitReportsDelegate implements JavaDelegate {

    private final RoundSteps steps;
    private final RoundChunks chunks;
    private final RoundContext context;
    private final AppClock clock;
    private final TableStatistics statistics;

    CloseUnitReportsDelegate(RoundSteps steps, RoundChunks chunks, RoundContext context, AppClock clock,
                             TableStatistics statistics) {
        this.statistics = statistics;
        this.steps = steps;
        this.chunks = chunks;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportRound round = context.round(execution);
        List<RoundSteps.ChunkUnit> units = chunks.units(round, execution);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        try {
            List<RoundSteps.ChunkUnit> started = units.stream().filter(u -> u.processInstanceId() != null).toList();
            // The chunk's claims in one batch (one round trip, not one per unit).
            Set<String> claimed = new HashSet<>(steps.claimAll(round.id(),
                    started.stream().map(RoundSteps.ChunkUnit::unitId).toList(), RoundSteps.Step.CLOSE, clock.now()));
            for (RoundSteps.ChunkUnit unit : started) {
                if (claimed.contains(unit.unitId())) {
                    runtime.createMessageCorrelation(UnitReportModel.MSG_ROUND_CLOSED)
                            .processInstanceId(unit.processInstanceId()).correlateAllWithResult();
                }
            }
        } catch (RuntimeException e) {
            throw ChunkFailure.of("đóng báo cáo", round, chunks.chunkNumber(execution), chunks.chunkTotal(execution),
                    units, e);
        }
        // the closing empties the runtime tables the next chunks and the next round read
        statistics.refreshAfterCommit();
    }
}

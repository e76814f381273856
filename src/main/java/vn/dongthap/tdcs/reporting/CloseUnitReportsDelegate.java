package vn.dongthap.tdcs.reporting;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

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

    CloseUnitReportsDelegate(RoundSteps steps, RoundChunks chunks, RoundContext context, AppClock clock) {
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
            for (RoundSteps.ChunkUnit unit : units) {
                if (unit.processInstanceId() != null
                        && steps.claim(round.id(), unit.unitId(), RoundSteps.Step.CLOSE, clock.now())) {
                    runtime.createMessageCorrelation(UnitReportModel.MSG_ROUND_CLOSED)
                            .processInstanceId(unit.processInstanceId()).correlateAllWithResult();
                }
            }
        } catch (RuntimeException e) {
            throw ChunkFailure.of("đóng báo cáo", round, chunks.chunkNumber(execution), chunks.chunkTotal(execution),
                    units, e);
        }
    }
}

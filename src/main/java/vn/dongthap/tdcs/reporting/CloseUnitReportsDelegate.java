package vn.dongthap.tdcs.reporting;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.event.EventType;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Execution;
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
            List<String> closing = started.stream().filter(u -> claimed.contains(u.unitId()))
                    .map(RoundSteps.ChunkUnit::processInstanceId).toList();
            Map<String, List<String>> waiting = waitingForClose(execution.getProcessEngineServices(), closing);
            for (String processInstanceId : closing) {
                for (String executionId : waiting.getOrDefault(processInstanceId, List.of())) {
                    runtime.messageEventReceived(UnitReportModel.MSG_ROUND_CLOSED, executionId);
                }
            }
        } catch (RuntimeException e) {
            throw ChunkFailure.of("đóng báo cáo", round, chunks.chunkNumber(execution), chunks.chunkTotal(execution),
                    units, e);
        }
        // the closing empties the runtime tables the next chunks and the next round read
        statistics.refreshAfterCommit();
    }

    /**
     * The executions of these unit reports that wait for Msg_RoundClosed (one per report in unit-report: the boundary
     * event while drafting or the event after submission), by process instance, in one query for the chunk:
     * correlating report by report would run this query once per report. A report that waits for nothing (already
     * ended) is missing, and skipped as correlation would skip it.
     */
    private static Map<String, List<String>> waitingForClose(ProcessEngineServices engine,
                                                            List<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        ManagementService management = engine.getManagementService();
        StringBuilder instances = new StringBuilder();
        var query = engine.getRuntimeService().createNativeExecutionQuery();
        for (int i = 0; i < processInstanceIds.size(); i++) {
            instances.append(i == 0 ? "" : ", ").append("#{instance").append(i).append('}');
            query.parameter("instance" + i, processInstanceIds.get(i));
        }
        return query.sql("select E.* from " + management.getTableName(ExecutionEntity.class) + " E"
                        + " where E.PROC_INST_ID_ in (" + instances + ") and exists (select 1 from "
                        + management.getTableName(EventSubscriptionEntity.class) + " S where S.EXECUTION_ID_ = E.ID_"
                        + " and S.EVENT_TYPE_ = #{type} and S.EVENT_NAME_ = #{message})")
                .parameter("type", EventType.MESSAGE.name())
                .parameter("message", UnitReportModel.MSG_ROUND_CLOSED)
                .list().stream()
                .collect(Collectors.groupingBy(Execution::getProcessInstanceId,
                        Collectors.mapping(Execution::getId, Collectors.toList())));
    }
}

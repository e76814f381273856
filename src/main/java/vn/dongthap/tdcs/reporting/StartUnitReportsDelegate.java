package vn.dongthap.tdcs.reporting;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Task_StartUnitReports: one independent unit-report instance per unit of the round, found again by
 * its business key (round/unit). Independent instances, not a multi-instance, because a round may
 * hold thousands of units and every completion inside one multi-instance tree locks the whole tree.
 * Runs as its own job; a retry skips the units already started.
 */
@Component("startUnitReports")
class StartUnitReportsDelegate implements JavaDelegate {

    private final ReportRounds rounds;
    private final RoundContext context;
    private final PlanRegisterQueries plan;
    private final AppClock clock;

    StartUnitReportsDelegate(ReportRounds rounds, RoundContext context, PlanRegisterQueries plan, AppClock clock) {
        this.rounds = rounds;
        this.context = context;
        this.plan = plan;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportRound round = context.round(execution);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        Map<String, Object> roundVariables = RoundVariables.of(round, clock.zone());
        for (UnitInRound unit : rounds.units(round.id())) {
            if (unit.processInstanceId() != null) {
                continue;
            }
            Map<String, Object> variables = new HashMap<>(roundVariables);
            RoundVariables.UNIT_NAME.put(variables, plan.unit(unit.unitId()).orElseThrow().name());
            String instanceId = runtime.startProcessInstanceByKey(UnitReportModel.PROCESS_KEY,
                    new UnitReportKey(round.key(), unit.unitId()).toString(), variables).getId();
            rounds.attachInstance(round.id(), unit.unitId(), instanceId);
        }
    }
}

package vn.dongthap.tdcs.reporting;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;

/**
 * Task_DispatchReport: records that the consolidated report went to the recipients of the plan's
 * regime (UBND tỉnh, NHNN). The mail itself is sent by the notification feature.
 */
@Component("dispatchConsolidatedReport")
class DispatchConsolidatedReportDelegate implements JavaDelegate {

    private final ReportRounds rounds;
    private final PlanRegisterQueries plan;

    DispatchConsolidatedReportDelegate(ReportRounds rounds, PlanRegisterQueries plan) {
        this.rounds = rounds;
        this.plan = plan;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportRound round = rounds.findById(RoundVariables.roundId(execution)).orElseThrow();
        PlanViews.Version version = plan.version(round.planVersionId()).orElseThrow();
        String recipients = version.reportingRegime().consolidatedTo().stream()
                .map(id -> plan.unit(id).map(PlanViews.Unit::name).orElse(id))
                .collect(Collectors.joining("; "));
        rounds.markDispatched(round.id(), recipients, ClockUtil.getCurrentTime().toInstant());
        execution.setVariable("dispatchedTo", recipients);
    }
}

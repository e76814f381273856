package vn.dongthap.tdcs.reporting;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.notification.Notifications;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Task_DispatchReport: records that the consolidated report went to the recipients of the plan's
 * regime (UBND tỉnh, NHNN) and queues the mail with the Word and Excel files to each of them.
 */
@Component("dispatchConsolidatedReport")
class DispatchConsolidatedReportDelegate implements JavaDelegate {

    private final ReportRounds rounds;
    private final RoundContext context;
    private final PlanRegisterQueries plan;
    private final Notifications notifications;
    private final AppClock clock;

    DispatchConsolidatedReportDelegate(ReportRounds rounds, RoundContext context, PlanRegisterQueries plan, Notifications notifications, AppClock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.context = context;
        this.plan = plan;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportRound round = context.round(execution);
        PlanViews.Version version = plan.version(round.planVersionId()).orElseThrow();
        String recipients = version.reportingRegime().consolidatedTo().stream()
                .map(id -> plan.unit(id).map(PlanViews.Unit::name).orElse(id))
                .collect(Collectors.joining("; "));
        rounds.markDispatched(round.id(), recipients, clock.now());
        ReportConsolidationModel.DISPATCHED_TO.set(execution, recipients);
        // Recipients are the regime's units, at the addresses of the unit register (data, not code).
        for (String unitId : version.reportingRegime().consolidatedTo()) {
            plan.unit(unitId).ifPresent(unit -> notifications.send("report-dispatched",
                    "dispatch:" + round.key() + ":" + unitId, new Notifications.Recipient(unitId, unit.name(), unit.email()),
                    java.util.Map.of("roundTitle", round.title()), round.id()));
        }
    }
}

package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.notification.Notifications;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Task_DispatchReport: records that the consolidated report went to its recipients ({@link RoundRecipients}: the
 * plan regime's UBND tỉnh and Ngân hàng Nhà nước Việt Nam, or the authority that asked) and queues the mail with the
 * Word and Excel files to each of them.
 */
@Component("dispatchConsolidatedReport")
class DispatchConsolidatedReportDelegate implements JavaDelegate {

    private final ReportRounds rounds;
    private final RoundContext context;
    private final PlanRegisterQueries plan;
    private final Notifications notifications;
    private final AppClock clock;
    private final RoundRecipients recipients;

    DispatchConsolidatedReportDelegate(ReportRounds rounds, RoundContext context, PlanRegisterQueries plan,
                                       Notifications notifications, AppClock clock, RoundRecipients recipients) {
        this.recipients = recipients;
        this.clock = clock;
        this.rounds = rounds;
        this.context = context;
        this.plan = plan;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportRound round = context.round(execution);
        String names = String.join("; ", recipients.names(round));
        rounds.markDispatched(round.id(), names, clock.now());
        ReportConsolidationModel.DISPATCHED_TO.set(execution, names);
        // Recipients are the regime's units (or the requesting authority), at the register's addresses (data, not code).
        for (String unitId : recipients.of(round)) {
            plan.unit(unitId).ifPresent(unit -> notifications.send("report-dispatched",
                    "dispatch:" + round.key() + ":" + unitId, new Notifications.Recipient(unitId, unit.name(), unit.email()),
                    java.util.Map.of("roundTitle", round.title()), round.id()));
        }
    }
}

package vn.dongthap.tdcs.reporting;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.notification.Notifications;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Task_DispatchReport: sends the approved, signed and numbered consolidated report to the round's recipients
 * ({@link RoundRecipients}: the plan regime's UBND tỉnh and Ngân hàng Nhà nước Việt Nam, or the authority that asked).
 * One mail each, queued in the outbox with the signed PDF and the Word/Excel appendices (RoundMailAttachments).
 * Without an approved dispatch (number, date, signed PDF) nothing is sent: the job fails and shows as an incident.
 */
@Component("dispatchConsolidatedReport")
class DispatchConsolidatedReportDelegate implements JavaDelegate {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReportRounds rounds;
    private final RoundDispatches dispatches;
    private final RoundContext context;
    private final RoundRecipients recipients;
    private final Notifications notifications;
    private final AppClock clock;

    DispatchConsolidatedReportDelegate(ReportRounds rounds, RoundDispatches dispatches, RoundContext context,
                                       RoundRecipients recipients, Notifications notifications, AppClock clock) {
        this.rounds = rounds;
        this.dispatches = dispatches;
        this.context = context;
        this.recipients = recipients;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportRound round = context.round(execution);
        RoundDispatches.Dispatch dispatch = dispatches.dispatch(round.id()).orElseThrow(() -> new IllegalStateException(
                "Round " + round.key() + " has no approved signed and numbered report to dispatch"));
        String names = String.join("; ", recipients.names(round));
        rounds.markDispatched(round.id(), names, clock.now());
        ReportConsolidationModel.DISPATCHED_TO.set(execution, names);
        Map<String, Object> model = Map.of("roundTitle", round.title(), "documentNumber", dispatch.documentNumber(),
                "documentDate", VN_DATE.format(dispatch.documentDate()));
        // Recipients are the regime's units (or the requesting authority), at the register's addresses (data, not code).
        for (PlanViews.Unit unit : recipients.units(round)) {
            notifications.send("report-dispatched", "dispatch:" + round.key() + ":" + unit.id(),
                    new Notifications.Recipient(unit.id(), unit.name(), unit.email()), model, round.id());
        }
    }
}

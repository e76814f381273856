package vn.dongthap.tdcs.reporting;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.notification.Notifications;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Task_DispatchReport: sends the approved, signed and numbered consolidated report to the regime's recipients. One
 * mail each, queued in the outbox with the signed PDF and the Word/Excel appendices (RoundMailAttachments). Without
 * an approved dispatch (number, date, signed PDF) nothing is sent: the job fails and shows as an incident.
 */
@Component("dispatchConsolidatedReport")
class DispatchConsolidatedReportDelegate implements JavaDelegate {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReportRounds rounds;
    private final RoundDispatches dispatches;
    private final RoundContext context;
    private final ConsolidatedRecipients recipients;
    private final Notifications notifications;
    private final AppClock clock;

    DispatchConsolidatedReportDelegate(ReportRounds rounds, RoundDispatches dispatches, RoundContext context,
                                       ConsolidatedRecipients recipients, Notifications notifications, AppClock clock) {
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
        List<PlanViews.Unit> to = recipients.of(round);
        String names = to.stream().map(PlanViews.Unit::name).collect(Collectors.joining("; "));
        rounds.markDispatched(round.id(), names, clock.now());
        ReportConsolidationModel.DISPATCHED_TO.set(execution, names);
        Map<String, Object> model = Map.of("roundTitle", round.title(), "documentNumber", dispatch.documentNumber(),
                "documentDate", VN_DATE.format(dispatch.documentDate()));
        // Recipients are the regime's units, at the addresses of the unit register (data, not code).
        for (PlanViews.Unit unit : to) {
            notifications.send("report-dispatched", "dispatch:" + round.key() + ":" + unit.id(),
                    new Notifications.Recipient(unit.id(), unit.name(), unit.email()), model, round.id());
        }
    }
}

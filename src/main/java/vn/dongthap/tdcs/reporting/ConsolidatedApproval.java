package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/**
 * End of Task_ApproveConsolidatedReport: the branch leader approves the submission that waits (its number, date and
 * signed PDF become the round's dispatch) or returns it to the consolidators with a reason. Either is kept in
 * kehoach.dispatch_review with who and when; the gateway after the task reads the checked decision.
 */
@Component("consolidatedApproval")
class ConsolidatedApproval implements ExecutionListener {

    static final String APPROVE = "duyet";
    static final String RETURN = "tra-lai";

    private final ReportRounds rounds;
    private final RoundDispatches dispatches;
    private final RoundContext context;
    private final AppClock clock;

    ConsolidatedApproval(ReportRounds rounds, RoundDispatches dispatches, RoundContext context, AppClock clock) {
        this.rounds = rounds;
        this.dispatches = dispatches;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object decision = ReportConsolidationModel.DISPATCH_DECISION.raw(execution);
        if (!APPROVE.equals(decision) && !RETURN.equals(decision)) {
            throw new InvalidFormInputException(ReportConsolidationModel.DISPATCH_DECISION.name(),
                    "Chưa chọn \"Duyệt và gửi\" hoặc \"Trả lại cán bộ tổng hợp\".");
        }
        String opinion = FormValues.optionalText(ReportConsolidationModel.LEADER_OPINION.name(),
                "Ý kiến của lãnh đạo Chi nhánh", ReportConsolidationModel.LEADER_OPINION.raw(execution), 4000);
        ReportRound round = context.round(execution);
        RoundDispatches.Review pending = dispatches.pending(round.id())
                .orElseThrow(() -> new IllegalStateException("No submission waits for approval in round " + round.key()));
        String by = Initiator.of(execution);
        if (RETURN.equals(decision)) {
            String reason = FormValues.requireText(ReportConsolidationModel.LEADER_RETURN_REASON.name(), "Lý do trả lại",
                    ReportConsolidationModel.LEADER_RETURN_REASON.raw(execution), 10, 4000);
            dispatches.decide(pending.id(), RoundDispatches.Decision.TRA_LAI, by, clock.now(), reason, opinion);
            ReportConsolidationModel.DISPATCH_RETURN_REASON.set(execution,
                    "Lãnh đạo Chi nhánh trả lại báo cáo số " + pending.documentNumber() + ": " + reason);
            // The next submission gets a fresh form, not this reason prefilled.
            ReportConsolidationModel.LEADER_RETURN_REASON.remove(execution);
            return;
        }
        dispatches.decide(pending.id(), RoundDispatches.Decision.DUYET, by, clock.now(), null, opinion);
        try {
            dispatches.recordDispatch(round.id(), pending, by, clock.now());
        } catch (RoundDispatches.Conflict e) {
            throw new InvalidFormInputException(ReportConsolidationModel.DISPATCH_DECISION.name(),
                    e.getMessage() + " Hãy trả lại để cán bộ tổng hợp ghi số khác.");
        }
        rounds.markApproved(round.id(), by, clock.now());
    }
}

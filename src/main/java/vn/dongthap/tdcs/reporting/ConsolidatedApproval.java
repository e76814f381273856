package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of Task_ApproveConsolidatedReport: the branch leader must confirm; who and when is recorded. */
@Component("consolidatedApproval")
class ConsolidatedApproval implements ExecutionListener {

    private final ReportRounds rounds;
    private final RoundContext context;
    private final AppClock clock;

    ConsolidatedApproval(ReportRounds rounds, RoundContext context, AppClock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.context = context;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (!Boolean.TRUE.equals(ReportConsolidationModel.APPROVAL_CONFIRMED.raw(execution))) {
            throw new InvalidFormInputException("approvalConfirmed",
                    "Cần xác nhận đã xem và duyệt báo cáo tổng hợp trước khi gửi.");
        }
        FormValues.optionalText(ReportConsolidationModel.LEADER_OPINION.name(), "Ý kiến của lãnh đạo Chi nhánh",
                ReportConsolidationModel.LEADER_OPINION.raw(execution), 4000);
        rounds.markApproved(context.round(execution).id(), Initiator.of(execution),
                clock.now());
    }
}

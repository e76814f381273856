package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.InvalidFormInputException;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Refuses a leader's decision that is neither approve nor return-with-reason (end of Task_ApproveReport). */
@Component("approvalDecisionValidator")
class ApprovalDecisionValidator implements ExecutionListener {

    static final String APPROVE = "duyet";
    static final String RETURN = "tra-lai";

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // the instance is being cancelled or deleted, not decided
        }
        Object decision = UnitReportModel.APPROVAL_DECISION.raw(execution);
        if (!(decision instanceof String value) || !Set.of(APPROVE, RETURN).contains(value)) {
            throw new InvalidFormInputException(UnitReportModel.APPROVAL_DECISION.name(),
                    "\"Ý kiến của lãnh đạo đơn vị\" phải là \"Duyệt\" hoặc \"Trả lại\".");
        }
        if (RETURN.equals(value)) {
            FormValues.text(execution, UnitReportModel.RETURN_REASON.name(), "Lý do trả lại", 5, 4_000);
        }
    }
}

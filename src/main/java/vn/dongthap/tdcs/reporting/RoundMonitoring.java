package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/**
 * Task_MonitorRound, the consolidator's desk: on create it shows where every unit stands (and {@link RoundDesk}
 * shows it afresh whenever the form is opened); on completion it refuses an action that cannot be carried out,
 * and closing the round unless the consolidator confirmed how many units have not submitted.
 */
@Component("roundMonitoring")
class RoundMonitoring implements TaskListener, ExecutionListener {

    static final String RETURN = "tra-lai";
    static final String CLOSE = "dong-ky";
    static final String REFRESH = "cap-nhat";

    private final UnitStates states;
    private final RoundContext context;
    private final RoundDesk desk;

    RoundMonitoring(UnitStates states, RoundContext context, RoundDesk desk) {
        this.states = states;
        this.context = context;
        this.desk = desk;
    }

    /** create: fresh counts and the list of returnable reports, each time the task comes back. */
    @Override
    public void notify(DelegateTask task) {
        desk.show(context.round(task), task);
        ReportConsolidationModel.ROUND_ACTION.set(task, null);
        ReportConsolidationModel.RETURN_UNIT.set(task, null);
        ReportConsolidationModel.CONSOLIDATOR_RETURN_REASON.set(task, null);
        ReportConsolidationModel.CLOSE_CONFIRMATION.set(task, null);
    }

    /** end: the chosen action must be possible now. */
    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object action = ReportConsolidationModel.ROUND_ACTION.raw(execution);
        if (REFRESH.equals(action)) {
            return;
        }
        if (CLOSE.equals(action)) {
            checkCloseConfirmed(execution);
            return;
        }
        if (!RETURN.equals(action)) {
            throw new InvalidFormInputException(ReportConsolidationModel.ROUND_ACTION.name(),
                    "\"Việc cần làm\" phải là \"Trả lại báo cáo của một đơn vị\" hoặc \"Đóng kỳ báo cáo\".");
        }
        Object unitId = ReportConsolidationModel.RETURN_UNIT.raw(execution);
        boolean returnable = unitId instanceof String id && states.of(context.round(execution), id)
                .filter(s -> s.state().submitted()).isPresent();
        if (!returnable) {
            throw new InvalidFormInputException(ReportConsolidationModel.RETURN_UNIT.name(),
                    "Chỉ trả lại được báo cáo của đơn vị đã nộp trong kỳ này.");
        }
        FormValues.text(execution, ReportConsolidationModel.CONSOLIDATOR_RETURN_REASON.name(), "Lý do trả lại", 5, 4000);
    }

    /**
     * The confirmation carries the number of units without a submitted report that the consolidator saw; it must
     * be the number now (a unit that submitted or was returned meanwhile changes what she would close on).
     */
    private void checkCloseConfirmed(DelegateExecution execution) {
        int notSubmitted = desk.notSubmitted(context.round(execution));
        Object confirmed = ReportConsolidationModel.CLOSE_CONFIRMATION.raw(execution);
        String field = ReportConsolidationModel.CLOSE_CONFIRMATION.name();
        if (confirmed == null || confirmed.toString().isBlank()) {
            throw new InvalidFormInputException(field, "Chưa xác nhận đóng kỳ báo cáo: còn " + notSubmitted
                    + " đơn vị chưa nộp báo cáo, sẽ được ghi nhận là không nộp. Đánh dấu ô xác nhận rồi bấm \"Hoàn thành\".");
        }
        if (!String.valueOf(notSubmitted).equals(confirmed.toString().trim())) {
            throw new InvalidFormInputException(field, "Số đơn vị chưa nộp báo cáo đã thay đổi từ khi Anh/Chị mở công việc:"
                    + " nay còn " + notSubmitted + " đơn vị chưa nộp. Mở lại công việc để xem số liệu mới và xác nhận lại.");
        }
    }
}

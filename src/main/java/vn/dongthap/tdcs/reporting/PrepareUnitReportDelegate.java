package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareReport: fills the draft form with the plan items of this unit, from the register, and says whether the
 * unit must report or is only invited to.
 */
@Component("prepareUnitReport")
class PrepareUnitReportDelegate implements JavaDelegate {

    static final String MANDATORY_NOTE = "**Bắt buộc báo cáo** theo Kế hoạch (mục III.1). Sau hạn nộp, lãnh đạo đơn vị "
            + "và Chi nhánh NHCSXH tỉnh được báo quá hạn.";
    static final String INVITED_NOTE = "**Không bắt buộc.** Kế hoạch (mục III.3) đề nghị đơn vị phối hợp báo cáo; "
            + "nếu đơn vị không gửi, báo cáo tổng hợp không ghi là không nộp hay nộp muộn.";

    private final UnitReportForm form;
    private final RoundContext context;
    private final ReportRounds rounds;

    PrepareUnitReportDelegate(UnitReportForm form, RoundContext context, ReportRounds rounds) {
        this.rounds = rounds;
        this.form = form;
        this.context = context;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportRound round = context.round(execution);
        String unitId = context.unitId(execution);
        execution.setVariables(form.initialVariables(round.planVersionId(), unitId));
        boolean invited = rounds.unit(round.id(), unitId).map(UnitInRound::invited).orElse(false);
        UnitReportModel.OBLIGATION_NOTE.set(execution, invited ? INVITED_NOTE : MANDATORY_NOTE);
    }
}

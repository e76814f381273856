package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenAnnualRound: opens the year's round from the start form, or the current year from the timer. */
@Component("openAnnualRound")
class OpenAnnualRoundDelegate implements JavaDelegate {

    private final RoundOpening opening;
    private final AppClock clock;

    private final DeadlineWording wording;

    OpenAnnualRoundDelegate(RoundOpening opening, AppClock clock, DeadlineWording wording) {
        this.wording = wording;
        this.opening = opening;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer year = reportYear(AnnualReportCycleModel.REPORT_YEAR.raw(execution));
        ReportRound round = opening.openAnnual(year,
                FormValues.optionalDate(AnnualReportCycleModel.DEADLINE_OVERRIDE.name(), "Hạn nộp thay thế",
                        AnnualReportCycleModel.DEADLINE_OVERRIDE.raw(execution), clock.zone()),
                FormValues.optionalDate(AnnualReportCycleModel.DATA_CUTOFF.name(), "Ngày chốt số liệu",
                        AnnualReportCycleModel.DATA_CUTOFF.raw(execution), clock.zone()),
                Initiator.of(execution));
        execution.setProcessBusinessKey(round.key());
        execution.setVariables(RoundVariables.of(round, clock.zone(), wording.of(round)));
    }

    private static Integer reportYear(Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        try {
            double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
            if (number != Math.rint(number)) {
                throw new NumberFormatException();
            }
            return (int) number;
        } catch (NumberFormatException e) {
            throw new InvalidFormInputException(AnnualReportCycleModel.REPORT_YEAR.name(), "\"Năm báo cáo\" phải là một năm, ví dụ 2026.");
        }
    }
}

package vn.dongthap.tdcs.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/**
 * End of Task_PrepareDispatch: no submission to the branch leader without the document's number (số, ký hiệu), its
 * date and a signed PDF uploaded for the round. The submission (with the newest signed file) is kept in
 * kehoach.dispatch_review; what the leader's form shows is set from that row.
 */
@Component("dispatchPreparation")
class DispatchPreparation implements ExecutionListener {

    static final String NUMBER_LABEL = "Số, ký hiệu văn bản";
    static final String DATE_LABEL = "Ngày văn bản";
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RoundContext context;
    private final RoundDispatches dispatches;
    private final AppClock clock;

    DispatchPreparation(RoundContext context, RoundDispatches dispatches, AppClock clock) {
        this.context = context;
        this.dispatches = dispatches;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        ReportRound round = context.round(execution);
        String number = DocumentNumber.parse(ReportConsolidationModel.DISPATCH_NUMBER.name(), NUMBER_LABEL,
                ReportConsolidationModel.DISPATCH_NUMBER.raw(execution));
        LocalDate date = documentDate(execution, round);
        dispatches.roundUsingNumber(number, date.getYear()).ifPresent(other -> {
            throw new InvalidFormInputException(ReportConsolidationModel.DISPATCH_NUMBER.name(), "Số " + number
                    + " năm " + date.getYear() + " đã dùng cho báo cáo tổng hợp " + other + ". Hãy ghi số của văn bản này.");
        });
        RoundDispatches.SignedFile file = dispatches.latestFile(round.id())
                .orElseThrow(() -> new InvalidFormInputException(ReportConsolidationModel.DISPATCH_NUMBER.name(),
                        "Chưa tải lên bản báo cáo tổng hợp đã ký (PDF). Mở trang \"Tải lên bản đã ký\" trong công việc này, "
                                + "tải tệp lên rồi hoàn thành lại."));
        try {
            dispatches.submit(round.id(), number, date, file.id(), Initiator.of(execution), clock.now());
        } catch (RoundDispatches.Conflict e) {
            throw new InvalidFormInputException(ReportConsolidationModel.DISPATCH_NUMBER.name(), e.getMessage());
        }
        ReportConsolidationModel.DISPATCH_NUMBER.set(execution, number);
        // The leader's previous decision must not be preselected on her next approval form.
        ReportConsolidationModel.DISPATCH_DECISION.remove(execution);
        ReportConsolidationModel.SIGNED_FILE_URL.set(execution, RoundDispatchController.fileUrl(round.key(), file.id()));
        ReportConsolidationModel.SIGNED_FILE_NAME.set(execution, file.fileName());
        ReportConsolidationModel.DISPATCH_SUMMARY.set(execution, "Số: " + number + ", ngày " + VN_DATE.format(date)
                + "\nTệp đã ký: " + file.fileName() + " (tải lên bởi " + file.uploadedBy() + ")");
    }

    /** Not in the future, and not before the round was closed (the report cannot be signed before it exists). */
    private LocalDate documentDate(DelegateExecution execution, ReportRound round) {
        String field = ReportConsolidationModel.DISPATCH_DATE.name();
        LocalDate date = FormValues.optionalDate(field, DATE_LABEL, ReportConsolidationModel.DISPATCH_DATE.raw(execution),
                clock.zone());
        if (date == null) {
            throw new InvalidFormInputException(field, "Chưa nhập \"" + DATE_LABEL + "\".");
        }
        if (date.isAfter(clock.today())) {
            throw new InvalidFormInputException(field, "\"" + DATE_LABEL + "\" " + VN_DATE.format(date)
                    + " là ngày trong tương lai; ghi ngày ký văn bản.");
        }
        LocalDate closed = dispatches.closedAt(round.id()).map(at -> at.atZone(clock.zone()).toLocalDate()).orElse(null);
        if (closed != null && date.isBefore(closed)) {
            throw new InvalidFormInputException(field, "\"" + DATE_LABEL + "\" " + VN_DATE.format(date)
                    + " trước ngày đóng kỳ báo cáo (" + VN_DATE.format(closed) + ").");
        }
        return date;
    }
}

package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dongthap.tdcs.calendar.WorkingCalendar;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;

/**
 * Opens a reporting round: checks the request, computes the deadline from the plan's regime and the
 * working calendar, and records the round with every unit asked to report.
 */
@Service
public class RoundOpening {

    static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final ReportRounds rounds;
    private final PlanRegisterQueries plan;
    private final WorkingCalendar calendar;
    private final ReportingProperties properties;
    private final JdbcClient jdbc;
    private final AppClock clock;

    RoundOpening(ReportRounds rounds, PlanRegisterQueries plan, WorkingCalendar calendar, ReportingProperties properties,
                 JdbcClient jdbc, AppClock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.plan = plan;
        this.calendar = calendar;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /**
     * @param year             null: the current year (the yearly timer)
     * @param deadlineOverride a consolidator's deadline instead of the computed one, or null
     * @param cutoffOverride   a data cut-off instead of the configured one, or null
     */
    @Transactional
    public ReportRound openAnnual(Integer year, LocalDate deadlineOverride, LocalDate cutoffOverride, String actor) {
        LocalDate today = today();
        int reportYear = year != null ? year : today.getYear();
        long versionId = versionInForce(today);
        PlanViews.Version version = plan.version(versionId).orElseThrow();
        int firstYear = version.summary().issuedOn().getYear();
        if (reportYear < firstYear || reportYear > today.getYear() + 1) {
            throw invalid("reportYear", "Năm báo cáo " + reportYear + " không hợp lệ: chỉ mở được kỳ báo cáo từ năm "
                    + firstYear + " đến năm " + (today.getYear() + 1) + ".");
        }
        rounds.findAnnual(reportYear).ifPresent(existing -> {
            throw duplicateYear(reportYear, existing.key());
        });
        MonthDay dueBefore = MonthDay.parse(version.reportingRegime().dueBefore(), MONTH_DAY);
        LocalDate computed = calendar.deadlineBefore(reportYear, dueBefore);
        // A chosen deadline on a day off ends, like any period, at the end of the next working day.
        LocalDate deadline = deadlineOverride != null ? calendar.rollForward(deadlineOverride) : computed;
        if (year != null && deadlineOverride == null && computed.isBefore(today)) {
            // Every unit would be overdue from the first minute: the consolidator gives a deadline still ahead.
            throw invalid(AnnualReportCycleModel.DEADLINE_OVERRIDE.name(), "Hạn nộp của kỳ báo cáo năm " + reportYear
                    + " theo chế độ báo cáo là " + computed.format(VN_DATE) + ", đã qua: mọi đơn vị sẽ quá hạn ngay khi"
                    + " nhận việc. Nhập \"Hạn nộp thay thế\" là một ngày từ hôm nay (" + today.format(VN_DATE)
                    + ") trở đi rồi mở lại kỳ báo cáo.");
        }
        LocalDate cutoff = cutoffOverride != null ? cutoffOverride : properties.annualDataCutoffDay().atYear(reportYear);
        checkDates(deadline, cutoff, today, deadlineOverride != null);

        String key = RoundKind.HANG_NAM.keyPrefix() + "-" + reportYear;
        String title = "Báo cáo tình hình thực hiện Kế hoạch " + version.summary().number() + " năm " + reportYear;
        ReportRound round = new ReportRound(0, key, RoundKind.HANG_NAM, reportYear, reportYear, title, null, null,
                versionId, computed, deadline, deadlineOverride != null, cutoff, RoundStatus.DANG_MO, actor);
        try {
            long id = rounds.insert(round, clock.now());
            rounds.addUnits(id, reportingUnits(versionId));
            return rounds.findById(id).orElseThrow();
        } catch (DuplicateKeyException race) {
            throw duplicateYear(reportYear, key);
        }
    }

    /** A thematic (chuyên đề) or ad-hoc (đột xuất) request to the units chosen by the requester. */
    @Transactional
    public ReportRound openRequest(RoundKind kind, String topic, String brief, List<String> unitIds, LocalDate deadline,
                                   LocalDate cutoffOverride, String actor) {
        LocalDate today = today();
        if (kind == RoundKind.HANG_NAM) {
            throw invalid("kind", "Loại báo cáo phải là \"Chuyên đề\" hoặc \"Đột xuất\".");
        }
        String cleanTopic = FormValues.requireText("topic", "Chủ đề báo cáo", topic, 5, 500);
        String cleanBrief = FormValues.optionalText("brief", "Nội dung yêu cầu", brief, 4000);
        Set<String> units = new LinkedHashSet<>(unitIds == null ? List.of() : unitIds);
        if (units.isEmpty()) {
            throw invalid("unitIds", "Chưa chọn đơn vị nào được yêu cầu báo cáo.");
        }
        for (String unitId : units) {
            if (plan.unit(unitId).filter(PlanViews.Unit::active).isEmpty()) {
                throw invalid("unitIds", "Không có đơn vị mã \"" + unitId + "\" trong danh mục đơn vị.");
            }
        }
        if (deadline == null) {
            throw invalid("requestedDeadline", "Chưa nhập \"Hạn nộp báo cáo\".");
        }
        LocalDate effectiveDeadline = calendar.rollForward(deadline);
        LocalDate cutoff = cutoffOverride != null ? cutoffOverride : calendar.workingDaysBefore(effectiveDeadline, 1);
        checkDates(effectiveDeadline, cutoff, today, true);

        long versionId = versionInForce(today);
        int year = effectiveDeadline.getYear();
        String prefix = kind.keyPrefix() + "-" + year + "-";
        int next = jdbc.sql("select round_key from kehoach.report_round where round_key like ?").param(prefix + "%")
                .query(String.class).list().stream()
                .mapToInt(existing -> Integer.parseInt(existing.substring(prefix.length()))).max().orElse(0) + 1;
        String key = prefix + String.format("%03d", next);
        String title = "Báo cáo " + kind.label().toLowerCase() + ": " + cleanTopic;
        ReportRound round = new ReportRound(0, key, kind, null, year, title, cleanTopic, cleanBrief, versionId,
                // the requester sets this deadline (only rolled off a day off): it is not an override
                effectiveDeadline, effectiveDeadline, false, cutoff, RoundStatus.DANG_MO,
                actor);
        long id = rounds.insert(round, clock.now());
        rounds.addUnits(id, List.copyOf(units));
        return rounds.findById(id).orElseThrow();
    }

    /** Every active unit that leads or co-operates on an item of the plan version: all of them report. */
    List<String> reportingUnits(long versionId) {
        return jdbc.sql("""
                        select distinct u.id, u.sort_order from kehoach.plan_item_unit iu
                        join kehoach.plan_item i on i.id = iu.item_id
                        join kehoach.org_unit u on u.id = iu.unit_id
                        where i.version_id = ? and u.active = true order by u.sort_order""")
                .param(versionId).query((rs, n) -> rs.getString(1)).list();
    }

    /** The engine clock, so that tests and simulations can set the day. */
    private LocalDate today() {
        return clock.today();
    }

    private long versionInForce(LocalDate today) {
        return plan.versionInForce(today)
                .orElseThrow(() -> invalid("reportYear", "Chưa có phiên bản kế hoạch nào có hiệu lực."));
    }

    private void checkDates(LocalDate deadline, LocalDate cutoff, LocalDate today, boolean deadlineChosen) {
        if (deadlineChosen && deadline.isBefore(today)) {
            throw invalid("deadline", "Hạn nộp " + deadline.format(VN_DATE) + " đã qua: mọi đơn vị sẽ quá hạn ngay khi"
                    + " nhận việc. Chọn hạn nộp từ hôm nay (" + today.format(VN_DATE) + ") trở đi.");
        }
        if (calendar.addWorkingDays(cutoff, 1).isAfter(deadline)) {
            throw invalid("dataCutoff", "Ngày chốt số liệu " + cutoff.format(VN_DATE)
                    + " phải trước hạn nộp " + deadline.format(VN_DATE) + " ít nhất một ngày làm việc.");
        }
    }

    private static InvalidFormInputException duplicateYear(int year, String key) {
        return invalid("reportYear", "Kỳ báo cáo hằng năm " + year + " đã được mở (" + key
                + "). Mỗi năm chỉ có một kỳ báo cáo định kỳ.");
    }

    private static InvalidFormInputException invalid(String field, String message) {
        return new InvalidFormInputException(field, message);
    }
}

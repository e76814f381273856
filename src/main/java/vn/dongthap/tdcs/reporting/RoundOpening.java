package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dongthap.tdcs.calendar.WorkingCalendar;
import vn.dongthap.tdcs.plan.Obligation;
import vn.dongthap.tdcs.plan.ObligationRule;
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
        MonthDay dueBefore = MonthDay.parse(version.reportingRegime().dueBefore(), MONTH_DAY);
        int firstYear = firstAnnualYear(version.summary().issuedOn(), dueBefore);
        if (reportYear < firstYear) {
            throw invalid("reportYear", "Không mở được kỳ báo cáo hằng năm " + reportYear + ": Kế hoạch "
                    + version.summary().number() + " ban hành ngày " + version.summary().issuedOn().format(VN_DATE)
                    + ", sau hạn báo cáo năm " + (firstYear - 1) + " (trước ngày "
                    + dueBefore.format(DateTimeFormatter.ofPattern("dd/MM")) + "); kỳ báo cáo hằng năm đầu tiên là năm "
                    + firstYear + ".");
        }
        if (reportYear > today.getYear() + 1) {
            throw invalid("reportYear", "Năm báo cáo " + reportYear + " không hợp lệ: chỉ mở được kỳ báo cáo từ năm "
                    + firstYear + " đến năm " + (today.getYear() + 1) + ".");
        }
        rounds.findAnnual(reportYear).ifPresent(existing -> {
            throw duplicateYear(reportYear, existing.key());
        });
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
                versionId, computed, deadline, deadlineOverride != null, cutoff, RoundStatus.DANG_MO, actor, null, false);
        try {
            long id = rounds.insert(round, clock.now());
            rounds.addUnits(id, reportingUnits(version));
            return rounds.findById(id).orElseThrow();
        } catch (DuplicateKeyException race) {
            throw duplicateYear(reportYear, key);
        }
    }

    /**
     * The first year whose annual report can be asked: the first whose "trước ngày dd/MM" falls after the plan was
     * issued (Kế hoạch 752 of 20/12/2025, due before 05/10: 2026). From the plan's data, not a constant.
     */
    static int firstAnnualYear(LocalDate issuedOn, MonthDay dueBefore) {
        int year = issuedOn.getYear();
        return dueBefore.isValidYear(year) && dueBefore.atYear(year).isAfter(issuedOn) ? year : year + 1;
    }

    /** Who asked a thematic or ad-hoc report (a unit of the register) and whether a unit raised it on its own. */
    public record Requester(String unitId, boolean raisedByUnit) {
    }

    /** A thematic or ad-hoc request from the consolidating branch itself (tests, benchmarks). */
    @Transactional
    public ReportRound openRequest(RoundKind kind, String topic, String brief, List<String> unitIds, LocalDate deadline,
                                   LocalDate cutoffOverride, String actor) {
        String branch = plan.consolidatingUnitId().orElseThrow();
        return openRequest(kind, topic, brief, unitIds, deadline, cutoffOverride, actor, new Requester(branch, false));
    }

    /**
     * A thematic (chuyên đề) or ad-hoc (đột xuất) request to the units chosen by the requester: units or collectives
     * ("UBND cấp xã"), each member with its obligation under the regime; a unit that never reports (UBND tỉnh, NHNN)
     * is refused.
     */
    @Transactional
    public ReportRound openRequest(RoundKind kind, String topic, String brief, List<String> unitIds, LocalDate deadline,
                                   LocalDate cutoffOverride, String actor, Requester requester) {
        LocalDate today = today();
        if (kind == RoundKind.HANG_NAM) {
            throw invalid("kind", "Loại báo cáo phải là \"Chuyên đề\" hoặc \"Đột xuất\".");
        }
        String cleanTopic = FormValues.requireText("topic", "Chủ đề báo cáo", topic, 5, 500);
        String cleanBrief = FormValues.optionalText("brief", "Nội dung yêu cầu", brief, 4000);
        Set<String> chosen = new LinkedHashSet<>(unitIds == null ? List.of() : unitIds);
        if (chosen.isEmpty()) {
            throw invalid("unitIds", "Chưa chọn đơn vị nào được yêu cầu báo cáo.");
        }
        if (requester == null || plan.unit(requester.unitId()).isEmpty()) {
            throw invalid("requestedBy", "Chưa chọn cơ quan yêu cầu báo cáo.");
        }
        long versionId = versionInForce(today);
        Map<String, Obligation> units = requestedUnits(chosen, plan.version(versionId).orElseThrow());
        if (deadline == null) {
            throw invalid("requestedDeadline", "Chưa nhập \"Hạn nộp báo cáo\".");
        }
        LocalDate effectiveDeadline = calendar.rollForward(deadline);
        LocalDate cutoff = cutoffOverride != null ? cutoffOverride : calendar.workingDaysBefore(effectiveDeadline, 1);
        checkDates(effectiveDeadline, cutoff, today, true);

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
                actor, requester.unitId(), requester.raisedByUnit());
        long id = rounds.insert(round, clock.now());
        rounds.addUnits(id, units);
        return rounds.findById(id).orElseThrow();
    }

    /**
     * Every active unit that leads or co-operates on an item of the plan version and reports under the regime's
     * obligation rule (III.1 must, III.3 invited), in register order; units that never report are left out.
     */
    Map<String, Obligation> reportingUnits(PlanViews.Version version) {
        ObligationRule rule = version.reportingRegime().obligation();
        Map<String, Obligation> units = new LinkedHashMap<>();
        jdbc.sql("""
                        select distinct u.id, u.kind, u.sort_order from kehoach.plan_item_unit iu
                        join kehoach.plan_item i on i.id = iu.item_id
                        join kehoach.org_unit u on u.id = iu.unit_id
                        where i.version_id = ? and u.active = true order by u.sort_order""")
                .param(version.summary().id())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(unit -> rule.of(unit.getKey(), unit.getValue()).ifPresent(o -> units.put(unit.getKey(), o)));
        return units;
    }

    /** The ids of {@link #reportingUnits(PlanViews.Version)}, in register order. */
    List<String> reportingUnits(long versionId) {
        return List.copyOf(reportingUnits(plan.version(versionId).orElseThrow()).keySet());
    }

    /** The chosen units and collectives' members, each with its obligation; a unit that never reports is refused. */
    private Map<String, Obligation> requestedUnits(Set<String> chosen, PlanViews.Version version) {
        ObligationRule rule = version.reportingRegime().obligation();
        Map<String, PlanViews.Collective> collectives = new HashMap<>();
        plan.collectives().forEach(c -> collectives.put(c.id(), c));
        Map<String, Obligation> units = new LinkedHashMap<>();
        for (String id : chosen) {
            PlanViews.Collective collective = collectives.get(id);
            for (String unitId : collective != null ? collective.unitIds() : List.of(id)) {
                PlanViews.Unit unit = plan.unit(unitId).filter(PlanViews.Unit::active).orElseThrow(() -> invalid("unitIds",
                        "Không có đơn vị mã \"" + unitId + "\" trong danh mục đơn vị."));
                Obligation obligation = rule.of(unit.id(), unit.kind()).orElseThrow(() -> invalid("unitIds",
                        unit.name() + " không phải đơn vị báo cáo theo Kế hoạch: chỉ nhận báo cáo hoặc kiểm tra, "
                                + "không được yêu cầu báo cáo."));
                units.putIfAbsent(unit.id(), obligation);
            }
        }
        return units;
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

package vn.dongthap.tdcs.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.dongthap.tdcs.calendar.WorkingCalendar;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * The plan's dated one-off tasks (an appendix row whose "thời gian thực hiện" names a month, e.g. row 1.2 "Tháng
 * 12/2025": each unit issues its own programme or plan) tracked in a round: the task's due date (end of that month,
 * Bộ luật Dân sự Art. 148 roll-forward), and each leading unit's latest reported level for it, overdue when the due
 * date has passed and the unit has not reported it done. The dates come from the plan's own wording, not from code.
 */
@Service
public class DatedItems {

    /** "Tháng 12/2025", "tháng 3/2026". */
    private static final Pattern MONTH = Pattern.compile("(?i)^\\s*tháng\\s+(\\d{1,2})\\s*/\\s*(\\d{4})\\s*$");
    private static final String DONE = "da-hoan-thanh";

    /**
     * @param level      the unit's latest reported level code (da-hoan-thanh, dang-thuc-hien, chua-thuc-hien), or
     *                   null when the unit has not reported on the task yet
     * @param levelLabel "Đã hoàn thành", ... or "Chưa báo cáo"
     * @param overdue    the due date has passed and the unit has not reported the task done
     */
    public record UnitStatus(String unitId, String unitName, String level, String levelLabel, boolean overdue) {
    }

    /** @param dueText e.g. "31/12/2025" */
    public record DatedItem(String stt, String content, String timing, LocalDate due, String dueText,
                            List<UnitStatus> units) {
    }

    private final ReportRounds rounds;
    private final Submissions submissions;
    private final PlanRegisterQueries plan;
    private final WorkingCalendar calendar;
    private final AppClock clock;

    DatedItems(ReportRounds rounds, Submissions submissions, PlanRegisterQueries plan, WorkingCalendar calendar,
               AppClock clock) {
        this.rounds = rounds;
        this.submissions = submissions;
        this.plan = plan;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The last day of a month-dated timing, rolled to a working day; empty for "Thường xuyên" and the like. */
    public Optional<LocalDate> dueOf(String timing) {
        Matcher month = timing == null ? null : MONTH.matcher(timing);
        if (month == null || !month.matches()) {
            return Optional.empty();
        }
        int m = Integer.parseInt(month.group(1));
        if (m < 1 || m > 12) {
            return Optional.empty();
        }
        return Optional.of(calendar.rollForward(YearMonth.of(Integer.parseInt(month.group(2)), m).atEndOfMonth()));
    }

    /** The round's dated items with each leading unit of the round, in plan and register order. */
    public List<DatedItem> of(ReportRound round) {
        PlanViews.Version version = plan.version(round.planVersionId()).orElseThrow();
        Map<String, String> names = new HashMap<>();
        plan.units().forEach(u -> names.put(u.id(), u.shortName()));
        Map<String, Map<String, String>> levels = new HashMap<>(); // unit -> stt -> level
        for (Submissions.Submission latest : submissions.latest(round.id())) {
            Map<String, String> byStt = new HashMap<>();
            submissions.items(latest.id()).forEach(item -> byStt.put(item.stt(), item.level()));
            levels.put(latest.unitId(), byStt);
        }
        List<String> inRound = rounds.units(round.id()).stream().map(UnitInRound::unitId).toList();
        LocalDate today = clock.today();
        List<DatedItem> dated = new ArrayList<>();
        for (PlanViews.Item item : version.items()) {
            Optional<LocalDate> due = dueOf(item.timing());
            if (due.isEmpty()) {
                continue;
            }
            List<UnitStatus> units = new ArrayList<>();
            for (String unitId : inRound) {
                if (!item.leadUnitIds().contains(unitId)) {
                    continue;
                }
                String level = levels.getOrDefault(unitId, Map.of()).get(item.stt());
                units.add(new UnitStatus(unitId, names.getOrDefault(unitId, unitId), level,
                        level == null ? "Chưa báo cáo" : UnitReportForm.LEVELS.getOrDefault(level, level),
                        today.isAfter(due.get()) && !DONE.equals(level)));
            }
            dated.add(new DatedItem(item.stt(), item.content(), item.timing(), due.get(),
                    due.get().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), units));
        }
        return dated;
    }
}

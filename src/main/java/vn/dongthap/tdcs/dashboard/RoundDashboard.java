package vn.dongthap.tdcs.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.dongthap.tdcs.identity.PersonNames;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.reporting.ReportFigures;
import vn.dongthap.tdcs.reporting.ReportRound;
import vn.dongthap.tdcs.reporting.RoundStatus;
import vn.dongthap.tdcs.reporting.Submissions;
import vn.dongthap.tdcs.calendar.WorkingCalendar;
import vn.dongthap.tdcs.reporting.DeadlineWording;
import vn.dongthap.tdcs.reporting.UnitInRound;
import vn.dongthap.tdcs.reporting.UnitReportModel;
import vn.dongthap.tdcs.reporting.UnitState;
import vn.dongthap.tdcs.reporting.UnitStates;

/**
 * Where every unit of a round stands and the figures it reported, read from the round's tables and the
 * open tasks. States and their labels come from {@link UnitState}; the page shows them as sent.
 */
@Service
public class RoundDashboard {

    /**
     * @param figures         the figures of the unit's latest version, in the plan's order
     * @param obligation      BAT_BUOC (must report, III.1) or DE_NGHI (invited, III.3)
     * @param obligationLabel "Bắt buộc" or "Không bắt buộc (đề nghị phối hợp)"
     */
    public record Row(String unitId, String unitName, String kind, String kindLabel, String status, String statusLabel,
                      Instant submittedAt, Integer daysLate, int versions, String holder, String taskId,
                      String processInstanceId, List<FigureValue> figures, String obligation, String obligationLabel) {
    }

    /** @param text as Vietnamese writes it, e.g. 1.500,50 */
    public record FigureValue(String key, BigDecimal value, String text) {
    }

    /** A state's code (filters, counts) and its label. */
    public record State(String code, String label) {
    }

    public record Figure(String key, String label, String unit, int decimals) {
    }

    public record Point(LocalDate day, int submitted) {
    }

    /**
     * @param states  the states a unit can have in this round now (open or closed), in display order: the page's
     *                legend and filter
     * @param counts  units per state code
     * @param figures the figures the round's plan version declares (the table's extra columns)
     */
    public record View(String roundKey, String title, LocalDate deadline, String roundStatus, int total,
                       List<State> states, Map<String, Integer> counts, List<Figure> figures, List<Row> units,
                       List<Point> submissionsByDay, String deadlineRule, String calendarWarning, Links links) {

        View withLinks(Links viewerLinks) {
            return new View(roundKey, title, deadline, roundStatus, total, states, counts, figures, units,
                    submissionsByDay, deadlineRule, calendarWarning, viewerLinks);
        }
    }

    /**
     * What the page offers this viewer, so that no link answers 403 or 404: Cockpit (only while the round runs:
     * Community Edition Cockpit shows no finished instance), the CSV, and each consolidated document once written.
     * The history page (/lich-su.html) is offered to everyone who sees the round.
     */
    public record Links(boolean cockpit, boolean csv, boolean word, boolean excel) {
        static final Links NONE = new Links(false, false, false, false);
    }

    private final UnitStates states;
    private final Submissions submissions;
    private final ReportFigures figures;
    private final PlanRegisterQueries register;
    private final AppClock clock;
    private final PersonNames names;

    private final DeadlineWording wording;
    private final WorkingCalendar calendar;

    RoundDashboard(UnitStates states, Submissions submissions, ReportFigures figures, PlanRegisterQueries register,
                   AppClock clock, DeadlineWording wording, WorkingCalendar calendar, PersonNames names) {
        this.wording = wording;
        this.calendar = calendar;
        this.names = names;
        this.states = states;
        this.submissions = submissions;
        this.figures = figures;
        this.clock = clock;
        this.register = register;
    }

    public View of(ReportRound round) {
        Map<String, PlanViews.Unit> units = new HashMap<>();
        register.units().forEach(u -> units.put(u.id(), u));
        List<PlanViews.Figure> declared = figures.declared(round.planVersionId());
        Map<String, Submissions.Submission> latest = submissions.latest(round.id()).stream()
                .collect(Collectors.toMap(Submissions.Submission::unitId, Function.identity()));
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        UnitState.all().forEach(s -> counts.put(s.code(), 0));
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        List<UnitStates.Standing> standings = states.of(round);
        Map<String, String> holderNames = holderNames(standings);
        for (UnitStates.Standing standing : standings) {
            UnitInRound unit = standing.unit();
            Task task = standing.openTask();
            counts.merge(standing.state().code(), 1, Integer::sum);
            Integer daysLate = null;
            if (unit.lastSubmittedAt() != null) {
                LocalDate day = clock.dateOf(unit.lastSubmittedAt());
                perDay.merge(day, 1, Integer::sum);
                if (standing.state() == UnitState.NOP_MUON) {
                    daysLate = (int) ChronoUnit.DAYS.between(round.deadline(), day);
                }
            }
            PlanViews.Unit info = units.get(unit.unitId());
            rows.add(new Row(unit.unitId(), info == null ? unit.unitId() : info.shortName(),
                    info == null ? "" : info.kind(), info == null ? "" : info.kindLabel(), standing.state().code(),
                    standing.state().label(), unit.lastSubmittedAt(), daysLate, unit.versions(),
                    holder(task, unit.unitId(), holderNames), task == null ? null : task.getId(), unit.processInstanceId(),
                    figureValues(declared, latest.get(unit.unitId())), unit.obligation().name(),
                    unit.obligation().label()));
        }
        List<Point> cumulative = new ArrayList<>();
        int total = 0;
        for (Map.Entry<LocalDate, Integer> day : perDay.entrySet()) {
            total += day.getValue();
            cumulative.add(new Point(day.getKey(), total));
        }
        boolean open = round.status() == RoundStatus.DANG_MO;
        counts.keySet().removeIf(code -> UnitState.all().stream()
                .anyMatch(s -> s.code().equals(code) && !s.possibleWhen(open)));
        return new View(round.key(), round.title(), round.deadline(), round.status().name(), rows.size(),
                UnitState.all().stream().filter(s -> s.possibleWhen(open)).map(s -> new State(s.code(), s.label())).toList(),
                counts, declared.stream().map(f -> new Figure(f.key(), f.label(), f.unit(), f.decimals())).toList(),
                rows, cumulative, wording.of(round), calendar.missingYearsWarning().orElse(null), Links.NONE);
    }

    private static List<FigureValue> figureValues(List<PlanViews.Figure> declared, Submissions.Submission submission) {
        if (submission == null) {
            return List.of();
        }
        return declared.stream().filter(f -> submission.figures().get(f.key()) != null)
                .map(f -> new FigureValue(f.key(), submission.figures().get(f.key()),
                        ReportFigures.text(f, submission.figures().get(f.key()))))
                .toList();
    }

    /** Who holds the task, by name: the officer who claimed it, else the unit's group it waits on. */
    private static String holder(Task task, String unitId, Map<String, String> names) {
        String id = holderId(task, unitId);
        return id == null ? null : names.get(id);
    }

    private static String holderId(Task task, String unitId) {
        if (task == null) {
            return null;
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return UnitReportModel.TASK_APPROVE_REPORT.equals(task.getTaskDefinitionKey()) ? UnitGroups.leaders(unitId)
                : UnitGroups.officers(unitId);
    }

    /** The names of every holder of the round in two queries (users, groups), not one per row. */
    private Map<String, String> holderNames(List<UnitStates.Standing> standings) {
        java.util.Set<String> users = new java.util.HashSet<>();
        java.util.Set<String> groups = new java.util.HashSet<>();
        for (UnitStates.Standing standing : standings) {
            Task task = standing.openTask();
            if (task != null) {
                (task.getAssignee() != null ? users : groups).add(holderId(task, standing.unit().unitId()));
            }
        }
        Map<String, String> all = new HashMap<>(names.users(users));
        all.putAll(names.groups(groups));
        return all;
    }
}

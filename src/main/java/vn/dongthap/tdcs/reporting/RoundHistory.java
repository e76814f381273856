package vn.dongthap.tdcs.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.dongthap.tdcs.identity.PersonNames;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.HistoryEntry;
import vn.dongthap.tdcs.platform.TaskTrail;

/**
 * Who did what and when in a round and in each unit's report, for the history page (/lich-su.html), from the
 * round's own tables (every version, every return with its reason, closing, the consolidated report, dispatch)
 * and the engine's history of the unit report (who drafted it). Works the same for finished rounds.
 */
@Service
class RoundHistory {

    /** A unit of the round as the round's history lists it. */
    record UnitLine(String unitId, String unitName, String statusLabel, int versions) {
    }

    record RoundView(String title, String subtitle, List<HistoryEntry> entries, List<UnitLine> units) {
    }

    /** @param figures "label: value unit" per figure of the version */
    record VersionLine(int versionNo, String at, String approvedBy, String timeliness, List<String> figures,
                       String comment) {
    }

    record UnitView(String title, String subtitle, String statusLabel, List<HistoryEntry> entries,
                    List<VersionLine> versions) {
    }

    private record SubmittedVersion(String unitId, int versionNo, Instant submittedAt, boolean late, String approvedBy) {
    }

    private record Milestones(Instant openedAt, Instant closeRequestedAt, String closeRequestedBy, Instant closedAt,
                              String closedBy, Instant approvedAt, String approvedBy, Instant dispatchedAt,
                              String dispatchedTo, Instant documentsAt) {
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final Submissions submissions;
    private final UnitStates states;
    private final ReportFigures figures;
    private final PlanRegisterQueries register;
    private final PersonNames names;
    private final TaskTrail trail;
    private final AppClock clock;

    RoundHistory(JdbcClient jdbc, Submissions submissions, UnitStates states, ReportFigures figures,
                 PlanRegisterQueries register, PersonNames names, TaskTrail trail, AppClock clock) {
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.states = states;
        this.figures = figures;
        this.register = register;
        this.names = names;
        this.trail = trail;
        this.clock = clock;
    }

    /** The round's milestones, and the submissions and returns of the units the reader may see. */
    RoundView of(ReportRound round, Predicate<String> visibleUnit) {
        Milestones m = milestones(round.id());
        Map<String, String> unitNames = unitNames();
        List<UnitStates.Standing> standings = states.of(round);
        List<UnitStates.Standing> visible = standings.stream().filter(s -> visibleUnit.test(s.unit().unitId())).toList();
        boolean everyUnit = visible.size() == standings.size();

        // Two queries for the whole round (a national round has thousands of units), then the reader's units.
        Set<String> shown = visible.stream().map(s -> s.unit().unitId()).collect(Collectors.toSet());
        List<SubmittedVersion> versions = submittedVersions(round.id()).stream().filter(v -> shown.contains(v.unitId())).toList();
        List<Submissions.Return> returns = returns(round.id()).stream().filter(r -> shown.contains(r.unitId())).toList();
        Set<String> people = new HashSet<>();
        people.add(round.requestedBy());
        people.add(m.closeRequestedBy());
        people.add(m.closedBy());
        people.add(m.approvedBy());
        versions.forEach(v -> people.add(v.approvedBy()));
        returns.forEach(r -> people.add(r.returnedBy()));
        Map<String, String> who = names.of(people);

        List<HistoryEntry> entries = new ArrayList<>();
        entries.add(HistoryEntry.of(clock, m.openedAt(), who.get(round.requestedBy()), "Mở kỳ báo cáo",
                "Hạn nộp hết ngày " + day(round) + (round.deadlineOverridden() ? " (hạn do người mở kỳ ấn định)" : "")
                        + "; " + standings.size() + " đơn vị được yêu cầu báo cáo."));
        for (SubmittedVersion v : versions) {
            entries.add(HistoryEntry.of(clock, v.submittedAt(), who.get(v.approvedBy()),
                    unitNames.get(v.unitId()) + " nộp báo cáo lần " + v.versionNo(), v.late() ? "Nộp muộn." : "Nộp đúng hạn."));
        }
        for (Submissions.Return r : returns) {
            entries.add(HistoryEntry.of(clock, r.returnedAt(), who.get(r.returnedBy()),
                    returnAction(r) + " (" + unitNames.get(r.unitId()) + ")", "Lý do: " + r.reason()));
        }
        if (m.closeRequestedAt() != null) {
            entries.add(HistoryEntry.of(clock, m.closeRequestedAt(), who.get(m.closeRequestedBy()), "Yêu cầu đóng kỳ báo cáo", ""));
        }
        if (m.closedAt() != null) {
            entries.add(HistoryEntry.of(clock, m.closedAt(), who.get(m.closedBy()), "Kỳ báo cáo đã đóng",
                    everyUnit ? closingSummary(round, standings, unitNames) : ""));
        }
        if (m.documentsAt() != null && everyUnit) {
            entries.add(HistoryEntry.of(clock, m.documentsAt(), PersonNames.SYSTEM_NAME,
                    "Lập báo cáo tổng hợp (Word) và bảng số liệu (Excel)", ""));
        }
        if (m.approvedAt() != null) {
            entries.add(HistoryEntry.of(clock, m.approvedAt(), who.get(m.approvedBy()),
                    "Lãnh đạo Chi nhánh duyệt báo cáo tổng hợp", ""));
        }
        if (m.dispatchedAt() != null) {
            entries.add(HistoryEntry.of(clock, m.dispatchedAt(), PersonNames.SYSTEM_NAME, "Gửi báo cáo tổng hợp",
                    "Nơi nhận: " + m.dispatchedTo() + "."));
        }
        entries.sort(HistoryEntry.CHRONOLOGICAL);
        List<UnitLine> units = visible.stream().map(s -> new UnitLine(s.unit().unitId(), unitNames.get(s.unit().unitId()),
                s.state().label(), s.unit().versions())).toList();
        return new RoundView(round.title(), subtitle(round), entries, units);
    }

    /** One unit's report: assignment, each drafting, every version with its figures, every return, closing. */
    UnitView of(ReportRound round, String unitId) {
        UnitStates.Standing standing = states.of(round, unitId).orElseThrow();
        Milestones m = milestones(round.id());
        String unitName = unitNames().get(unitId);
        List<Submissions.Submission> versions = submissions.versions(round.id(), unitId);
        List<Submissions.Return> returns = submissions.returns(round.id(), unitId);
        List<TaskTrail.Step> steps = trail.of(standing.unit().processInstanceId());
        Set<String> people = new HashSet<>();
        versions.forEach(v -> people.add(v.approvedBy()));
        returns.forEach(r -> people.add(r.returnedBy()));
        steps.forEach(s -> people.add(s.assignee()));
        Map<String, String> who = names.of(people);

        List<HistoryEntry> entries = new ArrayList<>();
        assignedAt(round.id(), unitId).ifPresent(at ->
                entries.add(HistoryEntry.of(clock, at, PersonNames.SYSTEM_NAME, "Giao việc báo cáo cho đơn vị", "")));
        for (TaskTrail.Step step : steps) {
            if (step.ended() == null) {
                entries.add(HistoryEntry.of(clock, step.created(), step.assignee() == null
                        ? "Chưa có người nhận việc" : who.get(step.assignee()), "Đang chờ: " + step.name(), ""));
            } else if (!step.deleted() && !UnitReportModel.TASK_APPROVE_REPORT.equals(step.elementId())) {
                entries.add(HistoryEntry.of(clock, step.ended(), who.get(step.assignee()),
                        "Hoàn thành: " + step.name(), "Trình lãnh đạo đơn vị duyệt."));
            }
        }
        List<PlanViews.Figure> declared = figures.declared(round.planVersionId());
        List<VersionLine> lines = new ArrayList<>();
        for (Submissions.Submission v : versions) {
            List<String> values = declared.stream().filter(f -> v.figures().get(f.key()) != null)
                    .map(f -> f.label() + ": " + ReportFigures.text(f, v.figures().get(f.key())) + " " + f.unit()).toList();
            String timeliness = v.late() ? "Nộp muộn" : "Đúng hạn";
            lines.add(new VersionLine(v.versionNo(), HistoryEntry.time(clock, v.submittedAt()), who.get(v.approvedBy()),
                    timeliness, values, v.generalComment()));
            entries.add(HistoryEntry.of(clock, v.submittedAt(), who.get(v.approvedBy()),
                    "Lãnh đạo đơn vị duyệt, nộp báo cáo lần " + v.versionNo(), timeliness + "."));
        }
        for (Submissions.Return r : returns) {
            entries.add(HistoryEntry.of(clock, r.returnedAt(), who.get(r.returnedBy()), returnAction(r), "Lý do: " + r.reason()));
        }
        if (m.closedAt() != null) {
            entries.add(HistoryEntry.of(clock, m.closedAt(), PersonNames.SYSTEM_NAME, "Kỳ báo cáo đã đóng",
                    "Tình trạng cuối cùng của đơn vị: " + standing.state().label() + "."));
        }
        entries.sort(HistoryEntry.CHRONOLOGICAL);
        return new UnitView("Báo cáo của " + unitName, round.title() + " · hạn nộp hết ngày " + day(round),
                standing.state().label(), entries, lines);
    }

    private static String returnAction(Submissions.Return r) {
        return "LANH_DAO_DON_VI".equals(r.byRole()) ? "Lãnh đạo đơn vị trả lại dự thảo để chỉnh sửa"
                : "Chi nhánh NHCSXH tỉnh trả lại báo cáo đã nộp";
    }

    private String closingSummary(ReportRound round, List<UnitStates.Standing> standings, Map<String, String> unitNames) {
        List<String> missing = standings.stream().filter(s -> s.unit().versions() == 0 || s.unit().returned())
                .map(s -> unitNames.get(s.unit().unitId())).toList();
        String summary = "Đã nộp " + (standings.size() - missing.size()) + "/" + standings.size() + " đơn vị.";
        return missing.isEmpty() ? summary : summary + " Chưa có báo cáo hợp lệ: " + String.join(", ", missing) + ".";
    }

    private String subtitle(ReportRound round) {
        String status = switch (round.status()) {
            case DANG_MO -> "đang mở";
            case DA_DONG -> "đã đóng, đang tổng hợp";
            case DA_GUI -> "đã gửi báo cáo tổng hợp";
        };
        return "Mã kỳ " + round.key() + " · hạn nộp hết ngày " + day(round) + " · " + status;
    }

    private static String day(ReportRound round) {
        return DAY.format(round.deadline());
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        register.units().forEach(u -> names.put(u.id(), u.shortName()));
        return names;
    }

    private java.util.Optional<Instant> assignedAt(long roundId, String unitId) {
        return jdbc.sql("select done_at from kehoach.round_unit_step where round_id = ? and unit_id = ? and step = 'OPEN'")
                .params(roundId, unitId).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    private List<SubmittedVersion> submittedVersions(long roundId) {
        return jdbc.sql("""
                        select unit_id, version_no, submitted_at, late, approved_by from kehoach.submission
                        where round_id = ? order by submitted_at, id""")
                .param(roundId)
                .query((rs, n) -> new SubmittedVersion(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getBoolean(4), rs.getString(5)))
                .list();
    }

    private List<Submissions.Return> returns(long roundId) {
        return jdbc.sql("""
                        select unit_id, returned_by, by_role, reason, returned_at from kehoach.report_return
                        where round_id = ? order by returned_at, id""")
                .param(roundId)
                .query((rs, n) -> new Submissions.Return(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private Milestones milestones(long roundId) {
        return jdbc.sql("""
                        select r.opened_at, r.close_requested_at, r.close_requested_by, r.closed_at, r.closed_by,
                          r.approved_at, r.approved_by, r.dispatched_at, r.dispatched_to,
                          (select min(d.created_at) from kehoach.round_document d where d.round_id = r.id)
                        from kehoach.report_round r where r.id = ?""")
                .param(roundId)
                .query((rs, n) -> new Milestones(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)), rs.getString(3),
                        instant(rs.getTimestamp(4)), rs.getString(5), instant(rs.getTimestamp(6)), rs.getString(7),
                        instant(rs.getTimestamp(8)), rs.getString(9), instant(rs.getTimestamp(10))))
                .single();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

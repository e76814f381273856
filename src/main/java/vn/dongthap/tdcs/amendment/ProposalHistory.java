package vn.dongthap.tdcs.amendment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.dongthap.tdcs.identity.PersonNames;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.HistoryEntry;
import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.TaskTrail;

/**
 * Who did what and when with one proposal, for the history page (/lich-su.html?proposal=…): the proposal, each
 * review step with its answer (the leader's return and its reason, the branch's questions and the unit's
 * answers, the branch's opinion or refusal) from the engine's history, then the tờ trình and UBND tỉnh's decision
 * from the application's tables. Works the same for finished proposals.
 */
@Service
class ProposalHistory {

    record View(String title, String subtitle, String statusLabel, List<HistoryEntry> entries) {
    }

    private record Milestones(String createdBy, Instant createdAt, String batchKey, String submittedBy,
                              Instant submittedAt, String decisionNumber, LocalDate decisionDate, String decidedBy,
                              Instant decidedAt) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final TaskTrail trail;
    private final PersonNames names;
    private final PlanRegisterQueries register;
    private final AppClock clock;

    ProposalHistory(JdbcClient jdbc, TaskTrail trail, PersonNames names, PlanRegisterQueries register, AppClock clock) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.names = names;
        this.register = register;
        this.clock = clock;
    }

    View of(Proposal proposal) {
        Milestones m = milestones(proposal.id());
        List<TaskTrail.Step> steps = trail.ofBusinessKey(ProcessKeys.AMENDMENT_REQUEST, proposal.key());
        Set<String> people = new HashSet<>();
        people.add(m.createdBy());
        people.add(m.submittedBy());
        people.add(m.decidedBy());
        steps.forEach(s -> people.add(s.assignee()));
        Map<String, String> who = names.of(people);
        String unitName = register.unit(proposal.unitId()).map(PlanViews.Unit::shortName).orElse("");

        List<HistoryEntry> entries = new ArrayList<>();
        entries.add(HistoryEntry.of(clock, m.createdAt(), who.get(m.createdBy()), "Lập đề xuất " + proposal.key(),
                proposal.kind().label() + " nhiệm vụ " + proposal.targetStt() + ". Lý do: " + proposal.reason()));
        for (TaskTrail.Step step : steps) {
            if (step.ended() == null) {
                entries.add(HistoryEntry.of(clock, step.created(), step.assignee() == null ? "Chưa có người nhận việc"
                        : who.get(step.assignee()), "Đang chờ: " + step.name(), ""));
            } else if (!step.deleted()) {
                entries.add(HistoryEntry.of(clock, step.ended(), who.get(step.assignee()), step.name(), answer(step)));
            }
        }
        if (m.submittedAt() != null) {
            entries.add(HistoryEntry.of(clock, m.submittedAt(), who.get(m.submittedBy()),
                    "Trình UBND tỉnh (tờ trình " + m.batchKey() + ")", ""));
        }
        if (m.decidedAt() != null && proposal.decision() != null) {
            String note = proposal.decisionNote() == null || proposal.decisionNote().isBlank() ? ""
                    : " Ghi chú: " + proposal.decisionNote();
            entries.add(HistoryEntry.of(clock, m.decidedAt(), who.get(m.decidedBy()),
                    "UBND tỉnh quyết định: " + proposal.decision().label(),
                    "Quyết định số " + m.decisionNumber() + " ngày " + DAY.format(m.decisionDate()) + "." + note));
        }
        entries.sort(HistoryEntry.CHRONOLOGICAL);
        return new View("Đề xuất " + proposal.key() + " của " + unitName,
                proposal.kind().label() + " nhiệm vụ " + proposal.targetStt(), proposal.status().label(), entries);
    }

    /** What the person answered in the step's form, in words. */
    private static String answer(TaskTrail.Step step) {
        Map<String, Object> a = step.answers();
        return switch (step.elementId()) {
            case AmendmentRequestModel.TASK_LEADER_REVIEW -> "tra-lai".equals(value(a, AmendmentRequestModel.APPROVAL_DECISION.name()))
                    ? "Trả lại để cán bộ chỉnh sửa. Lý do: " + value(a, AmendmentRequestModel.RETURN_REASON.name())
                    : "Duyệt, gửi Chi nhánh NHCSXH tỉnh.";
            case AmendmentRequestModel.TASK_REVISE_PROPOSAL -> "Gửi lại đề xuất đã chỉnh sửa.";
            case AmendmentRequestModel.TASK_BRANCH_REVIEW -> switch (value(a, AmendmentRequestModel.BRANCH_DECISION.name())) {
                case "giai-trinh" -> "Đề nghị đơn vị giải trình. Câu hỏi: "
                        + value(a, AmendmentRequestModel.CLARIFICATION_QUESTION.name());
                case "de-nghi-khong-chap-thuan" -> "Trình UBND tỉnh, kiến nghị không chấp thuận. Lý do: "
                        + value(a, AmendmentRequestModel.DECLINE_REASON.name());
                case "tiep-nhan" -> "Trình UBND tỉnh, đề nghị chấp thuận." + opinion(value(a, AmendmentRequestModel.BRANCH_OPINION.name()));
                // proposals ended by the branch before it could only recommend (amendment-request before V19)
                case "tu-choi" -> "Không tiếp nhận. Lý do: " + value(a, AmendmentRequestModel.DECLINE_REASON.name());
                default -> "";
            };
            case AmendmentRequestModel.TASK_ANSWER_CLARIFICATION -> "Trả lời: "
                    + value(a, AmendmentRequestModel.CLARIFICATION_ANSWER.name());
            case AmendmentRequestModel.TASK_ACKNOWLEDGE_OUTCOME -> "Đơn vị đã nhận kết quả.";
            default -> "";
        };
    }

    private static String opinion(String text) {
        return text.isBlank() ? "" : " Ý kiến: " + text;
    }

    private static String value(Map<String, Object> answers, String name) {
        Object value = answers.get(name);
        return value == null ? "" : value.toString();
    }

    private Milestones milestones(long proposalId) {
        return jdbc.sql("""
                        select p.created_by, p.created_at, b.batch_key, b.submitted_by, b.submitted_at, b.decision_number,
                          b.decision_date, b.decided_by, b.decided_at
                        from kehoach.amendment_proposal p left join kehoach.amendment_batch b on b.id = p.batch_id
                        where p.id = ?""")
                .param(proposalId)
                .query((rs, n) -> new Milestones(rs.getString(1), instant(rs.getTimestamp(2)), rs.getString(3),
                        rs.getString(4), instant(rs.getTimestamp(5)), rs.getString(6),
                        rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), rs.getString(8),
                        instant(rs.getTimestamp(9))))
                .single();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

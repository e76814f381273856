package vn.dongthap.tdcs.reporting;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.notification.TaskDescriptions;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;

/**
 * Names the reporting tasks after their round and unit ("Soạn báo cáo năm 2026 – UBND xã Tân Hồng"), from the
 * business key and the round's tables. A draft task created after a return (by the unit's leader or by Chi nhánh
 * NHCSXH tỉnh) is marked "[Bị trả lại]" and its mail carries the latest return's reason: a draft task is only ever
 * created again because of a return.
 */
@Component
class ReportTaskDescriptions implements TaskDescriptions {

    static final String RETURNED_MARK = "[Bị trả lại] ";
    private static final int TOPIC_LENGTH = 60;

    private final ReportRounds rounds;
    private final Submissions submissions;
    private final PlanRegisterQueries plan;

    ReportTaskDescriptions(ReportRounds rounds, Submissions submissions, PlanRegisterQueries plan) {
        this.rounds = rounds;
        this.submissions = submissions;
        this.plan = plan;
    }

    @Override
    public Description describe(DelegateTask task) {
        String processDefinition = task.getProcessDefinitionId();
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        if (processDefinition == null || businessKey == null) {
            return null;
        }
        String key = task.getTaskDefinitionKey();
        if (processDefinition.startsWith(UnitReportModel.PROCESS_KEY + ":")) {
            UnitReportKey report = UnitReportKey.parse(businessKey);
            ReportRound round = rounds.findByKey(report.roundKey()).orElse(null);
            if (round == null) {
                return null;
            }
            // an invited unit's tasks say so in every list (III.3); OptionalTaskMarker adds it where no name is given
            String unit = unitName(report.unitId()) + (rounds.unit(round.id(), report.unitId())
                    .map(UnitInRound::invited).orElse(false) ? OptionalTaskMarker.SUFFIX : "");
            if (UnitReportModel.TASK_DRAFT_REPORT.equals(key)) {
                List<Submissions.Return> returns = submissions.returns(round.id(), report.unitId());
                String name = "Soạn báo cáo " + label(round) + " – " + unit;
                if (returns.isEmpty()) {
                    return new Description(name, round.title(), null);
                }
                return new Description(RETURNED_MARK + name, round.title(), reason(returns.get(returns.size() - 1)));
            }
            if (UnitReportModel.TASK_APPROVE_REPORT.equals(key)) {
                return new Description("Duyệt báo cáo " + label(round) + " – " + unit, round.title(), null);
            }
            return null;
        }
        if (processDefinition.startsWith(ReportConsolidationModel.PROCESS_KEY + ":")) {
            ReportRound round = rounds.findByKey(UnitReportKey.roundKeyOf(businessKey)).orElse(null);
            if (round == null) {
                return null;
            }
            if (ReportConsolidationModel.TASK_MONITOR_ROUND.equals(key)) {
                return new Description("Theo dõi, đôn đốc và đóng kỳ báo cáo " + label(round), round.title(), null);
            }
            if (ReportConsolidationModel.TASK_APPROVE_CONSOLIDATED.equals(key)) {
                return new Description("Duyệt báo cáo tổng hợp đã ký " + label(round), round.title(), null);
            }
            if (ReportConsolidationModel.TASK_PREPARE_DISPATCH.equals(key)) {
                return new Description("Ghi số, ngày và tải lên báo cáo tổng hợp đã ký " + label(round), round.title(), null);
            }
        }
        return null;
    }

    /** "năm 2026" for the annual round; the kind and (shortened) topic for a requested one. */
    static String label(ReportRound round) {
        if (round.kind() == RoundKind.HANG_NAM) {
            return "năm " + round.reportYear();
        }
        String topic = round.topic() == null ? "" : round.topic().strip();
        if (topic.length() > TOPIC_LENGTH) {
            topic = topic.substring(0, TOPIC_LENGTH - 1).strip() + "…";
        }
        return round.kind().label().toLowerCase() + (topic.isEmpty() ? "" : " “" + topic + "”");
    }

    /** "UBND xã Tân Hồng": the register's name with the usual abbreviation of Ủy ban nhân dân. */
    private String unitName(String unitId) {
        return plan.unit(unitId).map(u -> u.name().replace("Ủy ban nhân dân", "UBND"))
                .orElse("(đơn vị không còn trong danh mục)");
    }

    private static String reason(Submissions.Return last) {
        String who = "LANH_DAO_DON_VI".equals(last.byRole()) ? "Lãnh đạo đơn vị" : "Chi nhánh NHCSXH tỉnh";
        return who + " trả lại: " + last.reason();
    }
}

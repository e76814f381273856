package vn.dongthap.tdcs.reporting;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/**
 * Task_OpenDifficultyReport of difficulty-report: a unit raises an ad-hoc report on a difficulty (Kế hoạch 752, III.1,
 * "có vướng mắc trong quá trình thực hiện"). The unit is the one whose officers' group the logged-in user belongs to,
 * never a form value; the round asks that unit alone and records it as the requester.
 */
@Component("openDifficultyReport")
class OpenDifficultyReportDelegate implements JavaDelegate {

    private static final String OFFICERS_SUFFIX = ".can-bo";

    private final RoundOpening opening;
    private final AppClock clock;
    private final DeadlineWording wording;

    OpenDifficultyReportDelegate(RoundOpening opening, AppClock clock, DeadlineWording wording) {
        this.opening = opening;
        this.clock = clock;
        this.wording = wording;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String user = Initiator.of(execution);
        String unitId = unitOf(execution, user);
        String topic = FormValues.requireText(DifficultyReportModel.TOPIC.name(), "Vướng mắc (tóm tắt)",
                text(DifficultyReportModel.TOPIC.raw(execution), DifficultyReportModel.TOPIC.name()), 5, 480);
        String brief = FormValues.requireText(DifficultyReportModel.BRIEF.name(), "Nội dung vướng mắc và đề xuất",
                text(DifficultyReportModel.BRIEF.raw(execution), DifficultyReportModel.BRIEF.name()), 5, 4000);
        ReportRound round = opening.openRequest(RoundKind.DOT_XUAT, "Vướng mắc: " + topic,
                brief, List.of(unitId),
                FormValues.optionalDate(DifficultyReportModel.REQUESTED_DEADLINE.name(), "Hạn đơn vị hoàn thành báo cáo",
                        DifficultyReportModel.REQUESTED_DEADLINE.raw(execution), clock.zone()),
                null, user, new RoundOpening.Requester(unitId, true));
        execution.setProcessBusinessKey(round.key());
        execution.setVariables(RoundVariables.of(round, clock.zone(), wording.of(round)));
    }

    /** The unit whose officers' group the user belongs to; exactly one, or the report is refused. */
    private static String unitOf(DelegateExecution execution, String user) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        List<String> units = (auth == null || auth.getGroupIds() == null ? List.<String>of() : auth.getGroupIds()).stream()
                .filter(g -> g.endsWith(OFFICERS_SUFFIX)).map(g -> g.substring(0, g.length() - OFFICERS_SUFFIX.length()))
                .toList();
        if (units.size() != 1) {
            throw new InvalidFormInputException("topic", units.isEmpty()
                    ? "Tài khoản " + user + " không thuộc nhóm cán bộ của đơn vị nào: chỉ cán bộ đơn vị được báo cáo vướng mắc."
                    : "Tài khoản " + user + " thuộc nhiều đơn vị: hãy dùng tài khoản của một đơn vị.");
        }
        return units.get(0);
    }

    private static String text(Object value, String field) {
        if (value != null && !(value instanceof String)) {
            throw new InvalidFormInputException(field, "Giá trị của trường phải là văn bản.");
        }
        return (String) value;
    }
}

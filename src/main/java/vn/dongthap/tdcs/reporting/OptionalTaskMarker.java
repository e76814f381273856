package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (create) of Task_DraftReport and Task_ApproveReport in unit-report: a unit only invited to contribute
 * (Kế hoạch 752, III.3) sees its task marked "không bắt buộc" in every task list; its task has no due date (see
 * {@link RoundContext#deadline}), so it never shows as overdue.
 */
@Component("optionalTaskMarker")
class OptionalTaskMarker implements TaskListener {

    static final String SUFFIX = " (không bắt buộc)";

    private final RoundContext context;
    private final ReportRounds rounds;

    OptionalTaskMarker(RoundContext context, ReportRounds rounds) {
        this.context = context;
        this.rounds = rounds;
    }

    @Override
    public void notify(DelegateTask task) {
        ReportRound round = context.round(task);
        boolean invited = rounds.unit(round.id(), context.unitId(task.getExecution()))
                .map(UnitInRound::invited).orElse(false);
        if (invited && !task.getName().endsWith(SUFFIX)) {
            task.setName(task.getName() + SUFFIX);
        }
    }
}

package vn.dongthap.tdcs.reporting;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Which round, and which unit, an execution works for. Taken from the process instance's business
 * key ("BC-NAM-2026" for a round, "BC-NAM-2026/xa-tan-hong" for one unit's report) and the round
 * table, never from a process variable: variables are what a completion through the API can carry.
 * Also the expressions the BPMN uses for candidate groups and due dates.
 */
@Component("roundContext")
public class RoundContext {

    private final ReportRounds rounds;
    private final AppClock clock;

    RoundContext(ReportRounds rounds, AppClock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    public ReportRound round(DelegateExecution execution) {
        String roundKey = UnitReportKey.roundKeyOf(execution.getProcessBusinessKey());
        return rounds.findByKey(roundKey)
                .orElseThrow(() -> new IllegalStateException("No round for business key " + execution.getProcessBusinessKey()));
    }

    ReportRound round(DelegateTask task) {
        return round(task.getExecution());
    }

    /** The unit of a unit-report instance. */
    public String unitId(DelegateExecution execution) {
        return UnitReportKey.parse(execution.getProcessBusinessKey()).unitId();
    }

    /** Candidate group of the unit's drafting tasks. */
    public String officers(DelegateExecution execution) {
        return UnitGroups.officers(unitId(execution));
    }

    /** Candidate group of the unit's approval task. */
    public String leaders(DelegateExecution execution) {
        return UnitGroups.leaders(unitId(execution));
    }

    /** The round's title for a unit report's task (new-task mails), from its business key and the round table. */
    public Optional<String> roundTitle(String businessKey) {
        return rounds.findByKey(UnitReportKey.roundKeyOf(businessKey)).map(ReportRound::title);
    }

    /**
     * Due date of every task of the round: the end of its deadline day, so "Quá hạn" starts the day after. None for a
     * unit only invited to contribute (III.3): it cannot be late.
     */
    public Date deadline(DelegateExecution execution) {
        ReportRound round = round(execution);
        String unitId = UnitReportKey.isUnitKey(execution.getProcessBusinessKey()) ? unitId(execution) : null;
        if (unitId != null && rounds.unit(round.id(), unitId).map(UnitInRound::invited).orElse(false)) {
            return null;
        }
        return RoundVariables.endOfDay(round.deadline(), clock.zone());
    }
}

package vn.dongthap.tdcs.operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.notification.Outbox;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.reporting.ReportRound;
import vn.dongthap.tdcs.reporting.ReportRounds;
import vn.dongthap.tdcs.reporting.RoundStatus;
import vn.dongthap.tdcs.reporting.UnitState;
import vn.dongthap.tdcs.reporting.UnitStates;

/** Reads an {@link OperationsSnapshot} from the application's tables and the engine (cluster-wide figures). */
@Component
class OperationsReader {

    private final ReportRounds rounds;
    private final UnitStates unitStates;
    private final Outbox outbox;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final AppClock clock;

    OperationsReader(ReportRounds rounds, UnitStates unitStates, Outbox outbox, RuntimeService runtime,
                     ManagementService management, AppClock clock) {
        this.rounds = rounds;
        this.unitStates = unitStates;
        this.outbox = outbox;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
    }

    OperationsSnapshot read() {
        LocalDate today = clock.today();
        List<OperationsSnapshot.Round> open = new ArrayList<>();
        for (ReportRound round : rounds.all()) {
            if (round.status() != RoundStatus.DANG_MO) {
                continue;
            }
            Map<String, Long> byState = new LinkedHashMap<>();
            UnitState.all().forEach(state -> byState.put(state.code(), 0L));
            long overdue = 0;
            for (UnitStates.Standing standing : unitStates.of(round)) {
                byState.merge(standing.state().code(), 1L, Long::sum);
                // overdue from the day after the deadline, as long as the unit has not submitted
                if (!standing.state().submitted() && round.deadline() != null && today.isAfter(round.deadline())) {
                    overdue++;
                }
            }
            open.add(new OperationsSnapshot.Round(round.key(), byState, overdue));
        }
        Outbox.Backlog backlog = outbox.backlog();
        Map<String, Long> mails = new LinkedHashMap<>();
        backlog.byStatus().forEach((status, count) -> mails.put(status.name(), count));
        Map<String, Long> incidents = new TreeMap<>();
        // the usual types always, so a zero is a value on the dashboard, not a gap
        incidents.put(Incident.FAILED_JOB_HANDLER_TYPE, 0L);
        incidents.put(Incident.EXTERNAL_TASK_HANDLER_TYPE, 0L);
        for (Incident incident : runtime.createIncidentQuery().list()) {
            incidents.merge(incident.getIncidentType(), 1L, Long::sum);
        }
        long dueJobs = management.createJobQuery().executable().count();
        return new OperationsSnapshot(open, mails, backlog.oldestWaitingSince(), incidents, dueJobs, clock.now());
    }
}

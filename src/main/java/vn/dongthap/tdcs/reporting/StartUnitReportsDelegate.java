package vn.dongthap.tdcs.reporting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.notification.Notifications;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.statistics.TableStatistics;

/**
 * Task_StartUnitReports, one chunk of the opening: one independent unit-report instance per unit of the chunk,
 * found again by its business key (round/unit). Independent instances, not a multi-instance of unit reports,
 * because a round may hold thousands of units and every completion inside one multi-instance tree locks the whole
 * tree. Each unit is claimed in kehoach.round_unit_step in the same transaction as its start: a retried or
 * duplicated job starts nobody twice, a failed one starts nobody of its chunk.
 */
@Component("startUnitReports")
class StartUnitReportsDelegate implements JavaDelegate {

    private final ReportRounds rounds;
    private final RoundSteps steps;
    private final RoundChunks chunks;
    private final RoundContext context;
    private final AppClock clock;

    private final Submissions submissions;
    private final PlanRegisterQueries plan;
    private final Notifications notifications;
    private final TableStatistics statistics;

    StartUnitReportsDelegate(ReportRounds rounds, RoundSteps steps, RoundChunks chunks, RoundContext context,
                             AppClock clock, Submissions submissions, PlanRegisterQueries plan,
                             Notifications notifications, TableStatistics statistics) {
        this.statistics = statistics;
        this.notifications = notifications;
        this.submissions = submissions;
        this.plan = plan;
        this.rounds = rounds;
        this.steps = steps;
        this.chunks = chunks;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportRound round = context.round(execution);
        List<RoundSteps.ChunkUnit> units = chunks.units(round, execution);
        try {
            start(round, units, execution.getProcessEngineServices());
        } catch (RuntimeException e) {
            throw ChunkFailure.of("giao báo cáo", round, chunks.chunkNumber(execution), chunks.chunkTotal(execution),
                    units, e);
        }
        // officers start on the tables this opening fills right away: the planner should know their new sizes
        statistics.refreshAfterCommit();
    }

    private void start(ReportRound round, List<RoundSteps.ChunkUnit> units, ProcessEngineServices engine) {
        // The chunk's claims in one batch, its instances attached in another: two round trips per chunk, not two
        // per unit (the engine's own rows are flushed in batches at commit).
        Set<String> claimed = new HashSet<>(steps.claimAll(round.id(),
                units.stream().map(RoundSteps.ChunkUnit::unitId).toList(), RoundSteps.Step.OPEN, clock.now()));
        // What each new task's listeners read of its unit (its due date, name, notice and the notice's recipients), in
        // one query each for the chunk.
        List<String> opening = units.stream().map(RoundSteps.ChunkUnit::unitId).filter(claimed::contains).toList();
        rounds.preloadUnits(round.id(), opening);
        plan.preloadUnits(opening);
        submissions.preloadReturns(round.id(), opening);
        notifications.preloadGroups(opening.stream().map(UnitGroups::officers).toList());
        // The latest unit-report once for the chunk: started by key, every unit would look it up in the database.
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(UnitReportModel.PROCESS_KEY).latestVersion().singleResult().getId();
        RuntimeService runtime = engine.getRuntimeService();
        Map<String, String> instances = new LinkedHashMap<>();
        for (RoundSteps.ChunkUnit unit : units) {
            if (!claimed.contains(unit.unitId())) {
                continue;
            }
            // The unit's name only (Tasklist's task list shows it as a column): what the forms show about the round
            // and the draft's rows are read when a form loads (UnitReportFormValues), not copied into every report.
            Map<String, Object> variables = new HashMap<>();
            RoundVariables.UNIT_NAME.put(variables, unit.name());
            instances.put(unit.unitId(), runtime.startProcessInstanceById(definitionId,
                    new UnitReportKey(round.key(), unit.unitId()).toString(), variables).getId());
        }
        rounds.attachInstances(round.id(), instances);
    }
}

package vn.dongthap.tdcs.reporting;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Splits a round's units into the chunks that the opening and closing jobs handle (multi-instance cardinality
 * {@code ${roundChunks.count(execution)}} in report-consolidation). One job per chunk, not one per round: a
 * failure redoes one chunk, and the job executor runs chunks in parallel, on every node.
 */
@Component("roundChunks")
public class RoundChunks {

    /** Set by the engine on each instance of the multi-instance subprocess: which chunk it works on. */
    static final String LOOP_COUNTER = "loopCounter";
    /** Set by the engine on the multi-instance body: how many chunks. */
    static final String NR_OF_INSTANCES = "nrOfInstances";

    private final ReportRounds rounds;
    private final RoundSteps steps;
    private final RoundContext context;
    private final RoundChunkProperties properties;

    RoundChunks(ReportRounds rounds, RoundSteps steps, RoundContext context, RoundChunkProperties properties) {
        this.rounds = rounds;
        this.steps = steps;
        this.context = context;
        this.properties = properties;
    }

    /**
     * Priority of the opening and closing jobs: above every other job (mails, reminders: 0), so that the units'
     * tasks exist and the round closes before the mails they cause are sent. Takes effect with the engine's
     * jobExecutorAcquireByPriority (application.yaml).
     */
    public long getJobPriority() {
        return properties.jobPriority();
    }

    /** Number of chunks of the round (from the round's table, not from a variable). */
    public int count(DelegateExecution execution) {
        int units = rounds.unitCount(context.round(execution).id());
        return (units + properties.unitsPerJob() - 1) / properties.unitsPerJob();
    }

    /**
     * The units of this multi-instance's chunk. The index is the engine's loop counter; a value changed through the
     * API could only point the job at another chunk of the same round, and every step is claimed once per unit.
     */
    List<RoundSteps.ChunkUnit> units(ReportRound round, DelegateExecution execution) {
        Object index = execution.getVariable(LOOP_COUNTER);
        if (!(index instanceof Integer chunk) || chunk < 0) {
            throw new IllegalStateException("Không xác định được phần việc của công việc này (loopCounter = " + index + ").");
        }
        return steps.chunk(round.id(), chunk, chunkSize(round, execution));
    }

    /**
     * Units per chunk from the number of chunks the multi-instance was made with and the round's units, both fixed
     * once the opening or closing has begun, not from app.reporting.chunks.units-per-job read now: after a restart
     * with another value half-way, every chunk still splits the round the same way (mixing two sizes would leave
     * units in no chunk). The chunks come out even: 43 units in two chunks are 22 and 21. The chunk count is the
     * engine's variable on the multi-instance body: like the loop counter, only an administrator can change it
     * (identity.guard.CommandGuard refuses every other variable write).
     */
    private int chunkSize(ReportRound round, DelegateExecution execution) {
        int chunks = chunkTotal(execution);
        if (chunks < 1) {
            return properties.unitsPerJob();
        }
        return Math.max(1, (rounds.unitCount(round.id()) + chunks - 1) / chunks);
    }

    int chunkNumber(DelegateExecution execution) {
        return (Integer) execution.getVariable(LOOP_COUNTER) + 1;
    }

    int chunkTotal(DelegateExecution execution) {
        Object total = execution.getVariable(NR_OF_INSTANCES);
        return total instanceof Integer n ? n : 0;
    }
}

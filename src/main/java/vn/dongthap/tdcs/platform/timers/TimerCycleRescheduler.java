package vn.dongthap.tdcs.platform.timers;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.management.JobDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Brings timers that are already waiting in line with the configuration the application started with.
 *
 * <p>A cycle timer (`${digestSchedule.cron}`, ...) is evaluated when the engine creates it; the job then keeps
 * that cron for every later occurrence. So a changed `app.*-cron` property would reach only timers created
 * afterwards. At startup (an ApplicationRunner: before the starter starts the job executor), every waiting
 * timer of a cycle whose BPMN expression names only beans gets the cron that expression gives now, and its next
 * occurrence is moved to that cron's next time: one transaction per changed cron and one query per timer
 * definition, whatever the number of timers (one per open unit report). Timers already due (missed while the application was down)
 * keep their due date and fire at once, as they would have.
 *
 * <p>Camunda's `reevaluateTimeCycleWhenDue` is not used: it re-evaluates only when the old due date arrives,
 * so the first run after a change would still come at the old time (a yearly timer moved earlier would fire
 * late once, one moved later would fire early), and each node would apply its own configuration.
 */
@Component
@Order(20)
public class TimerCycleRescheduler implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TimerCycleRescheduler.class);
    private static final String CYCLE_PREFIX = "CYCLE: ";

    private final ProcessEngineConfigurationImpl engine;
    private final AppClock clock;

    TimerCycleRescheduler(ProcessEngineConfigurationImpl engine, AppClock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        rescheduleToConfiguration();
    }

    /** Aligns waiting timers with the cron their BPMN expressions give in this application's configuration. */
    public Map<String, Integer> rescheduleToConfiguration() {
        Map<String, Integer> moved = reschedule(this::configuredCycle);
        moved.forEach((expression, count) -> {
            if (count > 0) {
                log.info("Lịch {} đã đổi thành \"{}\": dời {} bộ hẹn giờ đang chờ sang lịch mới", expression,
                        configuredCycle(expression).orElseThrow(), count);
            }
        });
        return moved;
    }

    /**
     * Aligns every waiting timer of a cycle expression with the cron {@code cycleOf} gives for that expression
     * (empty: the cycle is not configuration, e.g. it reads a process variable; its timers are left alone).
     *
     * @return per expression, the number of timers moved
     */
    public Map<String, Integer> reschedule(Function<String, Optional<String>> cycleOf) {
        Map<String, Integer> moved = new LinkedHashMap<>();
        Map<String, List<String>> definitionsByExpression = new LinkedHashMap<>();
        for (JobDefinition definition : engine.getManagementService().createJobDefinitionQuery().list()) {
            String configuration = definition.getJobConfiguration();
            if (definition.getJobType().startsWith("timer") && configuration != null && configuration.startsWith(CYCLE_PREFIX)) {
                definitionsByExpression.computeIfAbsent(configuration.substring(CYCLE_PREFIX.length()), e -> new ArrayList<>())
                        .add(definition.getId());
            }
        }
        definitionsByExpression.forEach((expression, definitions) -> cycleOf.apply(expression)
                .filter(cron -> !cron.startsWith("R")) // ISO repeating intervals count from their own start
                .ifPresent(cron -> moved.put(expression,
                        engine.getCommandExecutorTxRequired().execute(new RescheduleTimersCmd(expression, definitions, cron, Date.from(clock.now()))))));
        return moved;
    }

    /**
     * What a cycle expression gives now, evaluated as the engine does for a timer start event (beans, no process
     * variables); empty when it needs a process variable.
     */
    public Optional<String> configuredCycle(String expression) {
        if (!expression.startsWith("${") && !expression.startsWith("#{")) {
            return Optional.empty();
        }
        try {
            Object value = engine.getCommandExecutorTxRequired().execute(context -> engine.getExpressionManager()
                    .createExpression(expression).getValue(StartProcessVariableScope.getSharedInstance()));
            return Optional.ofNullable(value).map(Object::toString); // as the engine stores it
        } catch (RuntimeException needsProcessVariables) { // the engine's and the EL's unresolved names alike
            return Optional.empty();
        }
    }
}

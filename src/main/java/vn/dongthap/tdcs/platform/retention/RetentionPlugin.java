package vn.dongthap.tdcs.platform.retention;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * History retention from the settings, not from the BPMN files: every process definition the engine parses gets the
 * time to live configured for its key, and the engine's history cleanup runs only in the nightly window, read in the
 * application's time zone (the engine would read a bare "22:00" in the JVM's zone).
 */
@Component
class RetentionPlugin extends AbstractProcessEnginePlugin {

    private static final DateTimeFormatter WINDOW = DateTimeFormatter.ofPattern("HH:mmZ");

    private final RetentionProperties retention;
    private final AppClock clock;

    RetentionPlugin(RetentionProperties retention, AppClock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(timeToLiveFromSettings());
        // The listener gives every definition its time to live, so the BPMN files carry none.
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.setHistoryCleanupStrategy(ProcessEngineConfigurationImpl.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        // Removal time from the start, not the end: ending a process then writes nothing more to the history tables
        // (at the end the engine updates every history table of the instance, ≈ 10 statements: closing a national
        // round took a third longer). For a 20-year retention the months a round runs do not matter; processes that
        // ran under the former setting get theirs at startup (RemovalTimeBackfill).
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_START);
        configuration.setHistoryCleanupBatchWindowStartTime(inAppZone(retention.cleanupWindowStart()));
        configuration.setHistoryCleanupBatchWindowEndTime(inAppZone(retention.cleanupWindowEnd()));
    }

    private BpmnParseListener timeToLiveFromSettings() {
        return new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.setHistoryTimeToLive(retention.historyDaysOf(processDefinition.getKey()));
            }
        };
    }

    /** "22:00" in Vietnam's zone becomes "22:00+0700", the form the engine reads with its zone. */
    private String inAppZone(LocalTime time) {
        ZoneOffset offset = clock.zone().getRules().getOffset(clock.now());
        return time.atOffset(offset).format(WINDOW);
    }
}

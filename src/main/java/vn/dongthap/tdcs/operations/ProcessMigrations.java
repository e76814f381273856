package vn.dongthap.tdcs.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Moves running instances of a process from older versions to the newest with Camunda's migration API: every
 * activity to the activity of the same id (events updated to the new definition). The preview says, per older
 * version, how many instances would move, where they wait, and what would stop them; nothing changes. The migration
 * moves the movable versions in chunks (one transaction each, so a national round never becomes one transaction):
 * a chunk that fails leaves the others moved, and running it again moves what is left — a moved instance is no longer
 * on the old version. Runs with the caller's authorizations (administrators).
 */
@Service
class ProcessMigrations {

    private static final Logger log = LoggerFactory.getLogger(ProcessMigrations.class);
    private static final int CHUNK = 200;
    private static final int SAMPLE = 10;

    /** Where an older version's instances wait, and whether they can move. */
    record VersionPreview(int version, long instances, Map<String, Long> waitingAt, List<String> sampleBusinessKeys,
                          List<String> problems, boolean movable) {
    }

    record Preview(String processKey, String processName, int targetVersion, List<VersionPreview> olderVersions) {
    }

    record VersionResult(int version, long moved, List<String> problems) {
    }

    record Result(String processKey, int targetVersion, List<VersionResult> versions) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;

    ProcessMigrations(RepositoryService repository, RuntimeService runtime, ManagementService management) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
    }

    /** @throws UnknownProcessException when no process has this key */
    Preview preview(String processKey) {
        ProcessDefinition target = newest(processKey);
        List<VersionPreview> versions = new ArrayList<>();
        for (ProcessDefinition source : olderWithInstances(processKey, target)) {
            versions.add(preview(source, target));
        }
        return new Preview(processKey, target.getName(), target.getVersion(), versions);
    }

    Result migrate(String processKey) {
        ProcessDefinition target = newest(processKey);
        List<VersionResult> results = new ArrayList<>();
        for (ProcessDefinition source : olderWithInstances(processKey, target)) {
            VersionPreview preview = preview(source, target);
            if (!preview.movable()) {
                results.add(new VersionResult(source.getVersion(), 0, preview.problems()));
                continue;
            }
            MigrationPlan plan = plan(source, target);
            long moved = 0;
            List<String> problems = new ArrayList<>();
            List<String> ids = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list().stream()
                    .map(ProcessInstance::getId).toList();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                try {
                    runtime.newMigration(plan).processInstanceIds(chunk).execute();
                    moved += chunk.size();
                } catch (ProcessEngineException e) {
                    problems.add("Không chuyển được " + chunk.size() + " quy trình: " + e.getMessage());
                }
            }
            log.info("Chuyển phiên bản quy trình {}: {} quy trình từ phiên bản {} sang {}", processKey, moved,
                    source.getVersion(), target.getVersion());
            results.add(new VersionResult(source.getVersion(), moved, problems));
        }
        return new Result(processKey, target.getVersion(), results);
    }

    private VersionPreview preview(ProcessDefinition source, ProcessDefinition target) {
        List<String> problems = new ArrayList<>();
        Set<String> mapped = Set.of();
        try {
            mapped = plan(source, target).getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
                    .collect(Collectors.toSet());
        } catch (MigrationPlanValidationException e) {
            problems.add("Không lập được kế hoạch chuyển: " + e.getMessage());
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(source.getId());
        Map<String, Long> waitingAt = new LinkedHashMap<>();
        for (ActivityStatistics activity : management.createActivityStatisticsQuery(source.getId()).list()) {
            String name = nameOf(model, activity.getId());
            waitingAt.merge(name, (long) activity.getInstances(), Long::sum);
            if (problems.isEmpty() && !mapped.contains(activity.getId())) {
                problems.add(activity.getInstances() + " quy trình đang ở bước \"" + name
                        + "\", bước này không có trong phiên bản mới");
            }
        }
        long instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
        List<String> sample = runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
                .orderByBusinessKey().asc().listPage(0, SAMPLE).stream().map(ProcessInstance::getBusinessKey).toList();
        return new VersionPreview(source.getVersion(), instances, waitingAt, sample, problems, problems.isEmpty());
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
        return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers().build();
    }

    private ProcessDefinition newest(String processKey) {
        ProcessDefinition target = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (target == null) {
            throw new UnknownProcessException(processKey);
        }
        return target;
    }

    private List<ProcessDefinition> olderWithInstances(String processKey, ProcessDefinition target) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).orderByProcessDefinitionVersion()
                .asc().list().stream()
                .filter(d -> d.getVersion() < target.getVersion())
                .filter(d -> runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count() > 0)
                .toList();
    }

    private static String nameOf(BpmnModelInstance model, String activityId) {
        FlowElement element = model.getModelElementById(activityId);
        return element == null || element.getName() == null ? activityId : element.getName();
    }

    static class UnknownProcessException extends RuntimeException {
        UnknownProcessException(String processKey) {
            super("Không có quy trình \"" + processKey + "\".");
        }
    }
}

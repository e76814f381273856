package vn.dongthap.tdcs.identity.guard;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * What the guard must know about a task or a process definition, read inside the engine with
 * authorization checks off: the guard decides before the engine's own checks run.
 *
 * <p>Forms are bound with {@code formRefBinding="latest"} and redeployed when the register's data changes, so a
 * task's form is resolved on every command and only the parsed form is cached, per form definition (a deployed
 * version never changes): a newer form takes effect at once for open tasks too.
 */
class EngineFacts {

    /** A task as the guard sees it; null fields mean "not there". */
    record TaskFacts(String assignee, Set<String> candidateGroups, Set<String> candidateUsers, FormFields form) {

        boolean isCandidate(String userId, Collection<String> groupIds) {
            return candidateUsers.contains(userId) || groupIds.stream().anyMatch(candidateGroups::contains);
        }
    }

    private final Map<String, FormFields> forms = new ConcurrentHashMap<>();
    private CommandExecutor executor;

    void useExecutor(CommandExecutor executor) {
        this.executor = executor;
    }

    /**
     * The task as the command running in {@code context} sees it: a completion checks who may work on it and
     * what its form accepts in the transaction that completes it, and the engine then finds the task, its
     * candidates and its form already read. Null when the task does not exist: the engine then refuses the command
     * in its own words.
     */
    TaskFacts task(CommandContext context, String taskId) {
        return withoutAuthorizationCheck(context, () -> readTask(context, taskId));
    }

    private TaskFacts readTask(CommandContext context, String taskId) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return null;
        }
        Set<String> groups = new HashSet<>();
        Set<String> users = new HashSet<>();
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
                if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
            }
        }
        FormFields form = task.getProcessDefinitionId() == null ? FormFields.NONE
                : form(context, () -> new GetTaskFormCmd(taskId).execute(context),
                        () -> new GetDeployedTaskFormCmd(taskId).execute(context));
        return new TaskFacts(task.getAssignee(), groups, users, form);
    }

    /**
     * The start form of a definition given by id, or of the latest version of a key; null when there is no
     * such definition, which the engine then reports itself.
     */
    FormFields startForm(String definitionId, String definitionKey) {
        return run(context -> {
            var cache = context.getProcessEngineConfiguration().getDeploymentCache();
            ProcessDefinitionEntity definition;
            try {
                definition = definitionId != null ? cache.findDeployedProcessDefinitionById(definitionId)
                        : cache.findDeployedLatestProcessDefinitionByKey(definitionKey);
            } catch (ProcessEngineException unknown) {
                return null;
            }
            return form(context, () -> new GetStartFormCmd(definition.getId()).execute(context),
                    () -> new GetDeployedStartFormCmd(definition.getId()).execute(context));
        });
    }

    boolean isMemberOfAny(String userId, Collection<String> groupIds) {
        if (userId == null || groupIds.isEmpty()) {
            return false;
        }
        return run(context -> context.getReadOnlyIdentityProvider().createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).anyMatch(groupIds::contains));
    }

    /**
     * The form a task or start event shows now: a Camunda Form reference resolved to its form definition (cached by
     * that definition's id); anything else (a form key, no form) read as the engine reads it.
     */
    private FormFields form(CommandContext context, FormDataSource data, FormSource deployedForm) {
        CamundaFormRef ref;
        String deploymentId;
        try {
            FormData formData = data.get();
            ref = formData == null ? null : formData.getCamundaFormRef();
            deploymentId = formData == null ? null : formData.getDeploymentId();
        } catch (ProcessEngineException noForm) {
            return FormFields.NONE;
        }
        if (ref == null) {
            return read(deployedForm);
        }
        CamundaFormDefinition definition = new GetCamundaFormDefinitionCmd(ref, deploymentId).execute(context);
        if (definition == null) {
            return FormFields.NONE;
        }
        return forms.computeIfAbsent(definition.getId(), k -> read(
                () -> new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName()).execute(context)));
    }

    private interface FormDataSource {
        FormData get();
    }

    private <T> T run(Command<T> command) {
        return executor.execute(context -> withoutAuthorizationCheck(context, () -> command.execute(context)));
    }

    /** Restores the check as it was: a completion's own command must run with the engine's checks on. */
    private static <T> T withoutAuthorizationCheck(CommandContext context, Supplier<T> read) {
        boolean wasEnabled = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            return read.get();
        } finally {
            if (wasEnabled) {
                context.enableAuthorizationCheck();
            }
        }
    }

    private interface FormSource {
        InputStream open();
    }

    /** A task or start event without a Camunda Form accepts no variables at all. */
    private static FormFields read(FormSource source) {
        try (InputStream in = source.open()) {
            return FormFields.parse(in);
        } catch (ProcessEngineException noForm) {
            return FormFields.NONE;
        } catch (IOException e) {
            throw new ProcessEngineException("Không đọc được biểu mẫu đã triển khai.", e);
        }
    }
}

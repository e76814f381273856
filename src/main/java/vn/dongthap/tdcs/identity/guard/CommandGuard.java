package vn.dongthap.tdcs.identity.guard;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's front door for people who are not administrators, whatever the route (Tasklist,
 * /engine-rest, Java services): a completion or start carries only the answerable fields of its
 * form, a task changes hands only within its candidate groups, and every other write (variables,
 * messages, signals, modification, migration, suspension, deletion, retries, identity) is refused.
 * Commands nested inside a running command are the application's own delegates and pass untouched;
 * so do calls without a logged-in user (jobs, startup) and administrators' calls.
 */
class CommandGuard extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(CommandGuard.class);
    private static final String ENGINE_IMPL = "org.camunda.bpm.engine.impl.";
    private static final Set<String> READS = Set.of("AuthorizationCheckCmd", "DetermineHistoryLevelCmd", "CheckPassword");
    static final String FORBIDDEN = "Bạn không có quyền thực hiện thao tác này. Mọi việc được làm qua biểu mẫu của "
            + "công việc trong Tasklist.";
    static final String NOT_YOURS = "Công việc này không giao cho đơn vị hoặc vai trò của bạn.";

    private final ProcessEngineConfigurationImpl configuration;
    private final EngineFacts facts;
    private final SubmittedVariables submitted;
    private final int maxCommentLength;

    CommandGuard(ProcessEngineConfigurationImpl configuration, EngineFacts facts, SubmittedVariables submitted,
                 int maxCommentLength) {
        this.configuration = configuration;
        this.facts = facts;
        this.submitted = submitted;
        this.maxCommentLength = maxCommentLength;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() != null) {
            return next.execute(command);
        }
        Authentication user = configuration.getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null || isAdmin(user)) {
            return next.execute(command);
        }
        if (isTaskWork(command)) {
            return checkedInItsTransaction(command, user);
        }
        return next.execute(guarded(command, user));
    }

    private static boolean isTaskWork(Command<?> command) {
        return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
                || command instanceof ClaimTaskCmd || command instanceof AssignTaskCmd;
    }

    /**
     * Work on a task is checked in the transaction that does it: nothing about the task can change between the
     * decision and the act, and the engine finds the task, its candidates and its form already read. A refusal
     * ends a transaction that has only read (platform.QuietRefusalsPlugin keeps it out of the error log).
     */
    private <T> T checkedInItsTransaction(Command<T> command, Authentication user) {
        return next.execute(context -> taskWork(command, user, context).execute(context));
    }

    @SuppressWarnings("unchecked")
    private <T> Command<T> taskWork(Command<T> command, Authentication user, CommandContext context) {
        if (command instanceof CompleteTaskCmd complete) {
            String taskId = CommandFields.get(complete, "taskId");
            VariableMap variables = answers(context, taskId, CommandFields.get(complete, "variables"), user);
            return variables == null ? command : (Command<T>) new CompleteTaskCmd(taskId, variables,
                    CommandFields.get(complete, "returnVariables"), CommandFields.get(complete, "deserializeReturnedVariables"));
        }
        if (command instanceof SubmitTaskFormCmd submit) {
            String taskId = CommandFields.get(submit, "taskId");
            VariableMap variables = answers(context, taskId, CommandFields.get(submit, "properties"), user);
            return variables == null ? command : (Command<T>) new SubmitTaskFormCmd(taskId, variables,
                    CommandFields.get(submit, "returnVariables"), CommandFields.get(submit, "deserializeValues"));
        }
        if (command instanceof ClaimTaskCmd claim) {
            checkClaim(context, CommandFields.get(claim, "taskId"), CommandFields.get(claim, "userId"), user);
            return command;
        }
        return checkAssignment(context, (AssignTaskCmd) command, user);
    }

    private <T> Command<T> guarded(Command<T> command, Authentication user) {
        if (command instanceof SubmitStartFormCmd start) {
            refuseBusinessKey(CommandFields.get(start, "businessKey"));
            String definitionId = CommandFields.get(start, "processDefinitionId");
            FormFields form = facts.startForm(definitionId, null);
            if (form == null) {
                return command;
            }
            VariableMap variables = submitted.check(CommandFields.get(start, "variables"), form);
            return (Command<T>) new SubmitStartFormCmd(definitionId, null, variables);
        }
        if (command instanceof StartProcessInstanceCmd start) {
            checkStart(CommandFields.get(start, "instantiationBuilder"));
            return command;
        }
        if (command instanceof AddCommentCmd comment) {
            String message = CommandFields.get(comment, "message");
            if (message != null && message.length() > maxCommentLength) {
                throw new FormFieldValidationException("message", "Ý kiến quá dài (tối đa " + maxCommentLength + " ký tự).");
            }
            return command;
        }
        if (isEngineWrite(command.getClass())) {
            // Logged once where the refusal is answered (platform.RefusalLog); the command's name helps an operator.
            log.debug("Refused {} for {}", command.getClass().getSimpleName(), user.getUserId());
            throw new AuthorizationException(FORBIDDEN);
        }
        return command;
    }

    /**
     * The submitted values a task's form accepts, for a user who may work on the task; anyone else is refused
     * before a value is looked at. Null for a task that is gone: the engine then says so itself, before it
     * would touch any variable.
     */
    private VariableMap answers(CommandContext context, String taskId, Map<String, Object> submittedValues,
                                Authentication user) {
        EngineFacts.TaskFacts task = facts.task(context, taskId);
        if (task == null) {
            return null;
        }
        if (!user.getUserId().equals(task.assignee()) && !isCandidate(task, user)) {
            throw new AuthorizationException(NOT_YOURS);
        }
        return submitted.check(submittedValues, task.form());
    }

    private void checkStart(ProcessInstantiationBuilderImpl builder) {
        refuseBusinessKey(builder.getBusinessKey());
        if (!builder.getModificationBuilder().getModificationOperations().isEmpty()) {
            throw new AuthorizationException(FORBIDDEN);
        }
        FormFields form = facts.startForm(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey());
        if (form == null) {
            return;
        }
        Map<String, Object> variables = builder.getVariables();
        VariableMap accepted = submitted.check(variables, form);
        variables.clear();
        variables.putAll(accepted);
    }

    /** The application gives every round, report and proposal its own key; a caller never chooses it. */
    private static void refuseBusinessKey(String businessKey) {
        if (businessKey != null && !businessKey.isBlank()) {
            throw new FormFieldValidationException("businessKey",
                    "Mã hồ sơ do hệ thống tự cấp: không nhập mã hồ sơ (business key) khi khởi tạo.");
        }
    }

    /** A person claims only for themself, only a task of their own unit. */
    private void checkClaim(CommandContext context, String taskId, String userId, Authentication user) {
        EngineFacts.TaskFacts task = facts.task(context, taskId);
        if (task == null) {
            return;
        }
        boolean self = userId == null ? user.getUserId().equals(task.assignee()) || isCandidate(task, user)
                : userId.equals(user.getUserId()) && isCandidate(task, user);
        if (!self) {
            throw new AuthorizationException("Chỉ cán bộ của đơn vị được giao việc mới nhận được việc này, và chỉ nhận "
                    + "cho chính mình.");
        }
    }

    /**
     * A colleague may hand the task to another member of the same candidate groups. Candidates hold
     * TASK_WORK, not TASK_ASSIGN, so the checked assignment then runs without the engine's check.
     */
    private <T> Command<T> checkAssignment(CommandContext context, AssignTaskCmd assign, Authentication user) {
        String taskId = CommandFields.get(assign, "taskId");
        String target = CommandFields.get(assign, "userId");
        EngineFacts.TaskFacts task = facts.task(context, taskId);
        if (task == null) {
            @SuppressWarnings("unchecked") Command<T> unchanged = (Command<T>) assign;
            return unchanged;
        }
        boolean mayHandOver = user.getUserId().equals(task.assignee()) || isCandidate(task, user);
        boolean targetBelongs = target == null || task.candidateUsers().contains(target)
                || facts.isMemberOfAny(target, task.candidateGroups());
        if (!mayHandOver || !targetBelongs) {
            throw new AuthorizationException("Chỉ giao được việc cho cán bộ thuộc đơn vị được giao việc này.");
        }
        return assignment -> {
            assignment.disableAuthorizationCheck();
            try {
                @SuppressWarnings("unchecked") T result = (T) assign.execute(assignment);
                return result;
            } finally {
                assignment.enableAuthorizationCheck();
            }
        };
    }

    private static boolean isCandidate(EngineFacts.TaskFacts task, Authentication user) {
        return task.isCandidate(user.getUserId(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
    }

    private boolean isAdmin(Authentication user) {
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        return configuration.getAdminUsers() != null && configuration.getAdminUsers().contains(user.getUserId())
                || configuration.getAdminGroups() != null && groups.stream().anyMatch(configuration.getAdminGroups()::contains);
    }

    /**
     * Every engine command that is not a read: reads are queries and Get/Find/Is commands; the few
     * writes a person's work needs are handled above. Commands of the webapps' plugins are queries.
     */
    static boolean isEngineWrite(Class<?> type) {
        if (!type.getName().startsWith(ENGINE_IMPL) || type.isSynthetic() || type.isAnonymousClass()
                || type.getName().contains("$$Lambda")) {
            return false;
        }
        String name = type.getSimpleName();
        boolean read = name.startsWith("Get") || name.startsWith("Find") || name.startsWith("Is")
                || name.contains("Query") || name.startsWith("ExecuteFilter") || READS.contains(name);
        return !read;
    }
}

package vn.dongthap.tdcs.platform.timers;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Gives the waiting timers of some timer definitions a new cron: the cron they repeat with, and, when still
 * ahead, their next due date. The timers are read with one query per definition and changed in the engine's
 * entity cache, so the engine writes them in one batched flush at the end of this one command (transaction),
 * not one transaction per timer. Timers whose cron already matches are not touched (a due date set by hand in
 * Cockpit stays), nor timers a job executor holds at the moment.
 */
class RescheduleTimersCmd implements Command<Integer> {

    private final String expression;
    private final List<String> jobDefinitionIds;
    private final String cron;
    private final Date now;

    RescheduleTimersCmd(String expression, List<String> jobDefinitionIds, String cron, Date now) {
        this.expression = expression;
        this.jobDefinitionIds = jobDefinitionIds;
        this.cron = cron;
        this.now = now;
    }

    @Override
    public Integer execute(CommandContext context) {
        BusinessCalendar cycles = context.getProcessEngineConfiguration().getBusinessCalendarManager()
                .getBusinessCalendar(CycleBusinessCalendar.NAME);
        Date next;
        try {
            next = cycles.resolveDuedate(cron, now);
        } catch (ProcessEngineException invalid) {
            throw new IllegalStateException("Lịch hẹn giờ " + expression + " = \"" + cron
                    + "\" không phải biểu thức cron hợp lệ (giây phút giờ ngày tháng thứ, ví dụ \"0 0 8 * * ?\"): "
                    + (invalid.getCause() != null ? invalid.getCause().getMessage() : invalid.getMessage()), invalid);
        }
        int moved = 0;
        for (String definitionId : jobDefinitionIds) {
            JobQueryImpl query = new JobQueryImpl();
            query.jobDefinitionId(definitionId).timers();
            for (Job job : context.getJobManager().findJobsByQueryCriteria(query, null)) {
                TimerEntity timer = (TimerEntity) job;
                boolean locked = timer.getLockExpirationTime() != null && timer.getLockExpirationTime().after(now);
                if (cron.equals(timer.getRepeat()) || locked) {
                    continue;
                }
                timer.setRepeat(cron);
                if (timer.getDuedate() == null || timer.getDuedate().after(now)) {
                    timer.setDuedate(next);
                }
                moved++;
            }
        }
        return moved;
    }
}

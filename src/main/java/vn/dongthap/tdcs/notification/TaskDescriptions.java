package vn.dongthap.tdcs.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a feature says about one of its user tasks when it is created, from its business key and the application's
 * tables (never from process variables): the name Tasklist lists it under ("Soạn báo cáo năm 2026 – UBND xã Tân
 * Hồng") and what its new-task mail shows. Each feature that owns processes provides one.
 */
public interface TaskDescriptions {

    /**
     * @param name         the task's name in Tasklist, with its unit and round or proposal
     * @param subject      the round's title or the proposal's/batch's code ("Thuộc:" in the mail)
     * @param returnReason who returned the work and why, when the task is work sent back; otherwise null
     */
    record Description(String name, String subject, String returnReason) {
    }

    /** @return null for a task of another feature */
    Description describe(DelegateTask task);
}

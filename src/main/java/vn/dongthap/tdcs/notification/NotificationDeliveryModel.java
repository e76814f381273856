package vn.dongthap.tdcs.notification;

import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.ProcessVariable;

/** notification-delivery: its variable (checked against bpmn/ by ProcessModelContractTest). */
final class NotificationDeliveryModel {

    static final String PROCESS_KEY = ProcessKeys.NOTIFICATION_DELIVERY;

    /** The outbox row to send; set by the application when it starts the instance. */
    static final ProcessVariable<Long> OUTBOX_ID = ProcessVariable.of("outboxId", Long.class);

    private NotificationDeliveryModel() {
    }
}

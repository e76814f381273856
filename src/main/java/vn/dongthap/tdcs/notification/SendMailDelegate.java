package vn.dongthap.tdcs.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendMail of notification-delivery, the former one-instance-per-mail delivery: instances started before
 * the outbox was delivered in batches still finish here. It claims its mail like OutboxDelivery does, so a mail
 * the batch delivery already sent or holds is not sent again.
 */
@Component("sendMail")
class SendMailDelegate implements JavaDelegate {

    private final OutboxDelivery delivery;

    SendMailDelegate(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.deliverOne(NotificationDeliveryModel.OUTBOX_ID.get(execution));
    }
}

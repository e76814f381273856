package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting: the logged-in user of the current engine call, or "system" for timers and jobs. */
final class Initiator {

    private Initiator() {
    }

    static String of(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : "system";
    }
}

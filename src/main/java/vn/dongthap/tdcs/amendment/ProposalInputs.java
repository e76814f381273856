package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.dongthap.tdcs.platform.InvalidFormInputException;
import vn.dongthap.tdcs.platform.ProcessVariable;

/** What the amendment steps share: who is acting, and the check of a free-text answer. */
final class ProposalInputs {

    private ProposalInputs() {
    }

    static String currentUser(DelegateExecution execution) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth != null && auth.getUserId() != null ? auth.getUserId() : "system";
    }

    static void requireText(DelegateExecution execution, ProcessVariable<String> variable, String label, int min) {
        Object value = variable.raw(execution);
        if (!(value instanceof String text) || text.trim().length() < min) {
            throw new InvalidFormInputException(variable.name(), "Chưa nhập \"" + label + "\" (ít nhất " + min + " ký tự).");
        }
        if (text.length() > 4000) {
            throw new InvalidFormInputException(variable.name(), "\"" + label + "\" quá dài (tối đa 4000 ký tự).");
        }
    }
}

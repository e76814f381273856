package vn.dongthap.tdcs.amendment;

import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.ProcessVariable;

/**
 * amendment-withdrawal: its variables (the start form), declared once (checked against bpmn/ by
 * ProcessModelContractTest). The code typed names the proposal; whether the user may withdraw it is decided from
 * the proposal's row and the user's groups, never from a variable.
 */
final class AmendmentWithdrawalModel {

    static final String PROCESS_KEY = ProcessKeys.AMENDMENT_WITHDRAWAL;

    static final ProcessVariable<String> PROPOSAL_CODE = ProcessVariable.of("proposalCode", String.class);
    static final ProcessVariable<String> WITHDRAW_REASON = ProcessVariable.of("withdrawReason", String.class);

    private AmendmentWithdrawalModel() {
    }
}

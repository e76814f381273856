package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.identity.UnitGroups;

/**
 * Which proposal or batch an execution works for: the process instance's business key (the
 * proposal's "DX-2026-0007", the batch's "TT-2026-01") looked up in the application's tables, never
 * a process variable. Also the candidate groups the amendment BPMN asks for.
 */
@Component("proposalContext")
public class ProposalContext {

    private final Proposals proposals;
    private final AmendmentBatches batches;

    ProposalContext(Proposals proposals, AmendmentBatches batches) {
        this.proposals = proposals;
        this.batches = batches;
    }

    Proposal proposal(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        return proposals.findByKey(key).orElseThrow(() -> new IllegalStateException("No proposal " + key));
    }

    AmendmentBatches.Batch batch(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        return batches.findByKey(key).orElseThrow(() -> new IllegalStateException("No amendment batch " + key));
    }

    /** The proposing unit's officers. */
    public String officers(DelegateExecution execution) {
        return UnitGroups.officers(proposal(execution).unitId());
    }

    /** The proposing unit's leaders. */
    public String leaders(DelegateExecution execution) {
        return UnitGroups.leaders(proposal(execution).unitId());
    }
}

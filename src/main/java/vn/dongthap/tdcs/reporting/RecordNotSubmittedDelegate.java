package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordNotSubmitted: the round closed before this unit submitted. Nothing is stored per unit: the
 * closed round and the missing submission make the unit "Không nộp" (UnitState). The element stays so that
 * Cockpit shows where the unit's report ended.
 */
@Component("recordNotSubmitted")
class RecordNotSubmittedDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        // See the class comment.
    }
}

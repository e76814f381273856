package vn.dongthap.tdcs.plan;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows the operator what differs and the two ways on, instead of a stack trace. */
class PlanFileConflictFailureAnalyzer extends AbstractFailureAnalyzer<PlanFileConflictException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PlanFileConflictException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}

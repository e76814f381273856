package vn.dongthap.tdcs.plan;

/**
 * The plan data file was edited after UBND tỉnh's decisions made newer versions: loading it would silently
 * supersede them, so startup stops (see PlanFileConflictFailureAnalyzer) and nothing is written.
 */
public class PlanFileConflictException extends RuntimeException {

    private final String action;

    PlanFileConflictException(String description, String action) {
        super(description);
        this.action = action;
    }

    /** What the operator can do, in Vietnamese. */
    public String action() {
        return action;
    }
}

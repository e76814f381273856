package vn.dongthap.tdcs.plan;

/**
 * Published when a new plan version has been stored (today: by decided amendments, see PlanRevision). Listeners
 * that show the plan elsewhere (the forms' lists of plan items) refresh after the transaction commits.
 */
public record PlanVersionCreated(long versionId) {
}

package vn.dongthap.tdcs.plan;

/** What one load of the data files changed. */
public record LoadResult(boolean unitsUpdated, boolean newPlanVersion, long planVersionId, int planVersionNo) {
}

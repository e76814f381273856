package vn.dongthap.tdcs.reporting;

/** Life of a round: open for submissions, closed (consolidating), dispatched to UBND tỉnh and NHNN. */
public enum RoundStatus {
    DANG_MO, DA_DONG, DA_GUI
}

package vn.dongthap.tdcs.forms;

/** One choice of a select, taglist, radio or checklist: the value the form submits and the label a person reads. */
public record FormOption(String value, String label) {
}

package vn.dongthap.tdcs.plan;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A decided change of the reporting regime, made through the plan's reporting row (plan III.6): the day and month
 * before which units report each year and the authorities the consolidated report goes to. Null fields are kept.
 *
 * @param dueBefore    MM-dd as the plan data file writes it (reportingRegime.dueBefore), e.g. "10-15"
 * @param consolidatedTo unit ids of the register (reportingRegime.consolidatedTo)
 */
public record RegimeChange(String dueBefore, List<String> consolidatedTo) {

    private static final DateTimeFormatter FILE = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM");

    public boolean isEmpty() {
        return dueBefore == null && consolidatedTo == null;
    }

    /** "10-05" as people read it: "05/10". */
    public static String shown(String dueBefore) {
        return MonthDay.parse(dueBefore, FILE).format(SHOWN);
    }
}

package vn.dongthap.tdcs.reporting;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a unit report's forms show before anyone has written anything: the round's title, deadline and brief, and
 * the draft's rows (the plan items of the unit) and asked figures — read from the round table and the plan
 * register when a form loads, from the business key. Opening a round therefore writes none of them into the
 * ≈ 3 400 unit reports of a national round; the first submission stores the report's own values.
 */
@Component
class UnitReportFormDefaults {

    private final ReportRounds rounds;
    private final UnitReportForm form;

    UnitReportFormDefaults(ReportRounds rounds, UnitReportForm form) {
        this.rounds = rounds;
        this.form = form;
    }

    /** Empty for a business key without a round (an instance of another process, a purged round). */
    Map<String, Object> of(String businessKey) {
        UnitReportKey key = UnitReportKey.parse(businessKey);
        return rounds.findByKey(key.roundKey()).map(round -> {
            Map<String, Object> values = new HashMap<>(RoundVariables.displayOf(round));
            values.putAll(form.initialVariables(round.planVersionId(), key.unitId()));
            return values;
        }).orElse(Map.of());
    }
}

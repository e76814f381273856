package vn.dongthap.tdcs.reporting;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a unit report's forms show before anyone has written anything: the round's title, deadline (with the plan's
 * wording) and brief, whether the unit must report or is only invited, and
 * the draft's rows (the plan items of the unit) and asked figures — read from the round table and the plan
 * register when a form loads, from the business key. Opening a round therefore writes none of them into the
 * ≈ 3 400 unit reports of a national round; the first submission stores the report's own values.
 */
@Component
class UnitReportFormDefaults {

    static final String MANDATORY_NOTE = "**Bắt buộc báo cáo** theo Kế hoạch (mục III.1). Sau hạn nộp, lãnh đạo đơn vị "
            + "và Chi nhánh NHCSXH tỉnh được báo quá hạn.";
    static final String INVITED_NOTE = "**Không bắt buộc.** Kế hoạch (mục III.3) đề nghị đơn vị phối hợp báo cáo; "
            + "nếu đơn vị không gửi, báo cáo tổng hợp không ghi là không nộp hay nộp muộn.";

    private final ReportRounds rounds;
    private final UnitReportForm form;
    private final DeadlineWording wording;

    UnitReportFormDefaults(ReportRounds rounds, UnitReportForm form, DeadlineWording wording) {
        this.rounds = rounds;
        this.form = form;
        this.wording = wording;
    }

    /** Empty for a business key without a round (an instance of another process, a purged round). */
    Map<String, Object> of(String businessKey) {
        UnitReportKey key = UnitReportKey.parse(businessKey);
        return rounds.findByKey(key.roundKey()).map(round -> {
            Map<String, Object> values = new HashMap<>(RoundVariables.displayOf(round));
            values.putAll(form.initialVariables(round.planVersionId(), key.unitId()));
            // the plan's wording next to the computed day, and whether this unit must report or is only invited
            RoundVariables.DEADLINE_RULE.put(values, wording.of(round));
            boolean invited = rounds.unit(round.id(), key.unitId()).map(UnitInRound::invited).orElse(false);
            UnitReportModel.OBLIGATION_NOTE.put(values, invited ? INVITED_NOTE : MANDATORY_NOTE);
            return values;
        }).orElse(Map.of());
    }
}

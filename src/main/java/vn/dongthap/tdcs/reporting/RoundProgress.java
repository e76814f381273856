package vn.dongthap.tdcs.reporting;

import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * How far the opening or closing of a round has come, for the consolidator while the chunk jobs run
 * ("Đang mở kỳ: 1.200/3.400 đơn vị đã được giao báo cáo").
 */
@Service
public class RoundProgress {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ReportRounds rounds;
    private final RoundSteps steps;

    RoundProgress(ReportRounds rounds, RoundSteps steps) {
        this.rounds = rounds;
        this.steps = steps;
    }

    /**
     * @param phase DANG_MO_KY (unit reports being started), DANG_DONG_KY (being closed) or null (neither)
     * @param text  the sentence the consolidator reads, or null
     */
    public record View(String phase, int done, int total, String text) {
    }

    public View of(ReportRound round) {
        int total = rounds.unitCount(round.id());
        int opened = steps.count(round.id(), RoundSteps.Step.OPEN);
        if (round.status() == RoundStatus.DANG_MO && rounds.closeRequested(round.id())) {
            int closed = steps.count(round.id(), RoundSteps.Step.CLOSE);
            return new View("DANG_DONG_KY", closed, total, "Đang đóng kỳ: " + number(closed) + "/" + number(total)
                    + " đơn vị đã đóng báo cáo.");
        }
        if (round.status() == RoundStatus.DANG_MO && opened < total) {
            return new View("DANG_MO_KY", opened, total, "Đang mở kỳ: " + number(opened) + "/" + number(total)
                    + " đơn vị đã được giao báo cáo.");
        }
        return new View(null, opened, total, null);
    }

    private static String number(int value) {
        return String.format(VIETNAMESE, "%,d", value);
    }
}

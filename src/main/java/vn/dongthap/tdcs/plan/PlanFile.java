package vn.dongthap.tdcs.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The plan data file (ke-hoach-752.yaml) as written by the administrator. */
public record PlanFile(Header plan, List<Group> groups, List<Item> items, Regime reportingRegime) {

    public record Header(String code, String number, String title, LocalDate issuedOn, LocalDate effectiveFrom,
                         String issuer, String issuerUnit, String signer, List<String> legalBasis) {
    }

    public record Group(String code, String title, Boolean titleInferred) {
    }

    /**
     * @param figures     keys of the report figures (reportingRegime.figures) this item asks of its units
     * @param figureUnits per figure of this item, units asked it besides the roles of the figure's askedOf (Ủy ban
     *                    MTTQ tỉnh for the Quỹ "Vì người nghèo" it runs); optional
     */
    public record Item(String stt, String group, String content, String leadText, List<String> lead,
                       String coopText, List<String> coop, String product, String timing, String note,
                       List<String> figures, Map<String, List<String>> figureUnits) {
    }

    /**
     * @param figures    the figures units report besides their tasks; items ask them by key
     * @param obligation which units must report and which are only invited (III.1, III.3)
     */
    public record Regime(String text, String kind, String frequency, String dueBefore, String recipientUnit,
                         List<String> consolidatedTo, List<String> otherKinds, List<Figure> figures,
                         ObligationRule obligation) {

        /** The regime after a decided amendment of the reporting row; null arguments keep what is. */
        public Regime amended(String newText, String newDueBefore, List<String> newConsolidatedTo) {
            return new Regime(newText != null ? newText : text, kind, frequency,
                    newDueBefore != null ? newDueBefore : dueBefore, recipientUnit,
                    newConsolidatedTo != null ? List.copyOf(newConsolidatedTo) : consolidatedTo, otherKinds, figures,
                    obligation);
        }
    }

    /**
     * One figure of the unit report, e.g. the local budget capital entrusted to NHCSXH.
     *
     * @param key      the report form's field key, e.g. budgetEntrusted
     * @param label    as the form and every document name it, without the unit of measure
     * @param unit     unit of measure, e.g. "triệu đồng", "hộ"
     * @param decimals digits after the decimal comma (0 = a whole number)
     * @param askedOf  which units of a flagged item report it: lead, coop
     */
    public record Figure(String key, String label, String unit, Integer decimals, BigDecimal min, BigDecimal max,
                         List<String> askedOf) {
    }
}

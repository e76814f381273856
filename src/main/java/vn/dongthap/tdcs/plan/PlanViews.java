package vn.dongthap.tdcs.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read models of the plan register, as served by the JSON API. */
public final class PlanViews {

    private PlanViews() {
    }

    public record Unit(String id, String name, String shortName, String kind, String kindLabel, String email,
                       boolean verified, boolean active) {
    }

    public record Collective(String id, String name, boolean verified, List<String> unitIds) {
    }

    public record VersionSummary(long id, String planCode, int versionNo, String number, String title, LocalDate issuedOn,
                                 LocalDate effectiveFrom, String origin, String decisionNumber, LocalDate decisionDate,
                                 String createdBy, Instant createdAt) {
    }

    /**
     * @param consolidatedTo who receives the consolidated annual report (III.6: UBND tỉnh, Ngân hàng Nhà nước Việt Nam)
     * @param obligation     which units must report and which are only invited (III.1, III.3)
     */
    public record Regime(String text, String kind, String frequency, String dueBefore, String recipientUnit,
                         List<String> consolidatedTo, List<String> otherKinds, List<Figure> figures,
                         ObligationRule obligation) {
    }

    /**
     * A figure units report besides their tasks (declared in the plan's reporting regime).
     *
     * @param unit     unit of measure, e.g. "triệu đồng"
     * @param decimals digits after the decimal comma (0 = a whole number)
     * @param askedOf  roles (LEAD, COOP) whose units report it for the items that ask it
     */
    public record Figure(String key, String label, String unit, int decimals, BigDecimal min, BigDecimal max,
                         List<String> askedOf) {

        /** The label as forms and documents print it, e.g. "Số hộ được vay vốn (hộ)". */
        public String labelWithUnit() {
            return label + " (" + unit + ")";
        }
    }

    public record Group(String code, String title, boolean titleInferred) {
    }

    public record Item(long id, String stt, String group, String content, String leadText, String coopText,
                       String product, String timing, String note, List<String> leadUnitIds, List<String> coopUnitIds,
                       List<String> figures) {
    }

    /** A plan item seen from one unit: does it lead (LEAD) or co-operate (COOP)? */
    public record UnitItem(long id, String stt, String content, String role) {

        public boolean leads() {
            return "LEAD".equals(role);
        }
    }

    public record Version(VersionSummary summary, String issuer, String issuerUnit, String signer,
                          List<String> legalBasis, Regime reportingRegime, List<Group> groups, List<Item> items) {
    }
}

package vn.dongthap.tdcs.plan;

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

    public record Regime(String text, String kind, String frequency, String dueBefore, String recipientUnit,
                         List<String> consolidatedTo, List<String> otherKinds) {
    }

    public record Group(String code, String title, boolean titleInferred) {
    }

    public record Item(long id, String stt, String group, String content, String leadText, String coopText,
                       String product, String timing, String note, List<String> leadUnitIds, List<String> coopUnitIds) {
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

package vn.dongthap.tdcs.plan;

import java.time.LocalDate;
import java.util.List;

/** The plan data file (ke-hoach-752.yaml) as written by the administrator. */
public record PlanFile(Header plan, List<Group> groups, List<Item> items, Regime reportingRegime) {

    public record Header(String code, String number, String title, LocalDate issuedOn, LocalDate effectiveFrom,
                         String issuer, String issuerUnit, String signer, List<String> legalBasis) {
    }

    public record Group(String code, String title, Boolean titleInferred) {
    }

    public record Item(String stt, String group, String content, String leadText, List<String> lead,
                       String coopText, List<String> coop, String product, String timing, String note) {
    }

    public record Regime(String text, String kind, String frequency, String dueBefore, String recipientUnit,
                         List<String> consolidatedTo, List<String> otherKinds) {
    }
}

package vn.dongthap.tdcs.plan;

import java.util.List;
import java.util.Optional;

/**
 * Who reports under the plan's reporting regime (reportingRegime.obligation of ke-hoach-752.yaml): units of the
 * listed kinds or with the listed ids must report; others are invited. A unit in neither list (UBND tỉnh, NHNN,
 * the branch's board) never reports: it decides, receives or inspects.
 *
 * @param mustReportKinds unit kinds (don-vi.yaml kinds) that must report, e.g. so-nganh, xa, phuong
 * @param mustReportUnits single units that must report whatever their kind, e.g. the NHCSXH branch (reporting row)
 * @param invitedKinds    unit kinds only invited to contribute, e.g. mat-tran, to-chuc-ctxh
 * @param invitedUnits    single units only invited
 */
public record ObligationRule(List<String> mustReportKinds, List<String> mustReportUnits, List<String> invitedKinds,
                             List<String> invitedUnits) {

    public ObligationRule {
        mustReportKinds = List.copyOf(orEmpty(mustReportKinds));
        mustReportUnits = List.copyOf(orEmpty(mustReportUnits));
        invitedKinds = List.copyOf(orEmpty(invitedKinds));
        invitedUnits = List.copyOf(orEmpty(invitedUnits));
    }

    /** The unit's obligation; empty when the unit does not report at all. A unit id listed wins over its kind. */
    public Optional<Obligation> of(String unitId, String kind) {
        if (mustReportUnits.contains(unitId)) {
            return Optional.of(Obligation.BAT_BUOC);
        }
        if (invitedUnits.contains(unitId)) {
            return Optional.of(Obligation.DE_NGHI);
        }
        if (mustReportKinds.contains(kind)) {
            return Optional.of(Obligation.BAT_BUOC);
        }
        if (invitedKinds.contains(kind)) {
            return Optional.of(Obligation.DE_NGHI);
        }
        return Optional.empty();
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}

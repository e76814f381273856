package vn.dongthap.tdcs.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Units and plan after validation, with every lead/coop entry of every item resolved to member units.
 *
 * @param resolvedUnits per item STT and role, unit id → the collective it came through (null when named directly)
 */
record ValidatedRegister(UnitsFile units, PlanFile plan, Map<String, Map<Role, LinkedHashMap<String, String>>> resolvedUnits) {

    enum Role { LEAD, COOP }

    List<String> unitsOf(String stt, Role role) {
        return List.copyOf(resolvedUnits.get(stt).get(role).keySet());
    }
}

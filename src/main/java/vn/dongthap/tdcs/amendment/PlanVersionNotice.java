package vn.dongthap.tdcs.amendment;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.notification.Notifications;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanRevision;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.plan.RegimeChange;

/**
 * Tells every unit a new plan version concerns that it is in force, with what changed for that unit: the items it
 * leads or co-operates on (before or after), and the reporting regime for every unit that reports and every
 * recipient of the consolidated report. One mail per officer and leader of the unit, keyed by version, unit and
 * person (the outbox sends it once).
 */
@Component
class PlanVersionNotice {

    static final String TEMPLATE = "plan-version-new";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanRegisterQueries register;
    private final PlanRevision revision;
    private final Notifications notifications;

    PlanVersionNotice(PlanRegisterQueries register, PlanRevision revision, Notifications notifications) {
        this.register = register;
        this.revision = revision;
        this.notifications = notifications;
    }

    void tellUnitsConcerned(long baseVersionId, long newVersionId) {
        Map<String, List<String>> changesByUnit = changesByUnit(baseVersionId, newVersionId);
        PlanViews.Version version = register.version(newVersionId).orElseThrow();
        String label = revision.describe(newVersionId);
        String effective = version.summary().effectiveFrom().format(DATE);
        for (var entry : changesByUnit.entrySet()) {
            String unitName = register.unit(entry.getKey()).map(PlanViews.Unit::name).orElse(null);
            if (unitName == null) {
                continue;
            }
            Map<String, Object> model = Map.of("unitName", unitName, "versionLabel", label, "effectiveFrom", effective,
                    "planNumber", version.summary().number(), "changes", entry.getValue());
            for (String group : List.of(UnitGroups.officers(entry.getKey()), UnitGroups.leaders(entry.getKey()))) {
                for (Notifications.Recipient person : notifications.membersOf(group)) {
                    notifications.send(TEMPLATE, "plan-version:" + newVersionId + ":" + entry.getKey() + ":"
                            + person.userId(), person, model, null);
                }
            }
        }
    }

    /** Unit id → what changed for it, in the register's order of units. */
    Map<String, List<String>> changesByUnit(long baseVersionId, long newVersionId) {
        PlanViews.Version before = register.version(baseVersionId).orElseThrow();
        PlanViews.Version after = register.version(newVersionId).orElseThrow();
        Map<String, PlanViews.Item> old = byStt(before);
        Map<String, PlanViews.Item> now = byStt(after);
        Set<String> stts = new LinkedHashSet<>(old.keySet());
        stts.addAll(now.keySet());
        Map<String, List<String>> lines = new LinkedHashMap<>();
        register.units().forEach(u -> lines.put(u.id(), new ArrayList<>()));
        for (String stt : stts) {
            revision.itemChangedSince(baseVersionId, newVersionId, stt).ifPresent(what -> {
                Map<String, String> roles = new LinkedHashMap<>();
                for (PlanViews.Item item : new PlanViews.Item[] {old.get(stt), now.get(stt)}) {
                    if (item != null) {
                        item.leadUnitIds().forEach(u -> roles.put(u, "đơn vị chủ trì"));
                        item.coopUnitIds().forEach(u -> roles.putIfAbsent(u, "đơn vị phối hợp"));
                    }
                }
                roles.forEach((unit, role) -> add(lines, unit, capitalised(what) + " (vai trò: " + role + ")."));
            });
        }
        String regime = regimeChange(before.reportingRegime(), after.reportingRegime());
        if (regime != null) {
            Set<String> concerned = new LinkedHashSet<>();
            after.items().forEach(i -> {
                concerned.addAll(i.leadUnitIds());
                concerned.addAll(i.coopUnitIds());
            });
            concerned.addAll(before.reportingRegime().consolidatedTo());
            concerned.addAll(after.reportingRegime().consolidatedTo());
            concerned.add(after.reportingRegime().recipientUnit());
            concerned.forEach(unit -> add(lines, unit, regime));
        }
        lines.values().removeIf(List::isEmpty);
        return lines;
    }

    private String regimeChange(PlanViews.Regime before, PlanViews.Regime after) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(before.dueBefore(), after.dueBefore())) {
            parts.add("hạn báo cáo hằng năm đổi từ trước ngày " + RegimeChange.shown(before.dueBefore())
                    + " thành trước ngày " + RegimeChange.shown(after.dueBefore()) + " (áp dụng cho các kỳ báo cáo mở từ ngày hiệu lực)");
        }
        if (!Set.copyOf(before.consolidatedTo()).equals(Set.copyOf(after.consolidatedTo()))) {
            parts.add("báo cáo tổng hợp gửi " + names(after.consolidatedTo()) + " (trước đây: " + names(before.consolidatedTo()) + ")");
        }
        return parts.isEmpty() ? null : "Chế độ báo cáo: " + String.join("; ", parts) + ".";
    }

    private String names(List<String> unitIds) {
        return String.join(", ", unitIds.stream()
                .map(id -> register.unit(id).map(PlanViews.Unit::name).orElse("(đơn vị không còn trong danh mục)")).toList());
    }

    private static void add(Map<String, List<String>> lines, String unitId, String line) {
        List<String> list = lines.get(unitId);
        if (list != null && !list.contains(line)) {
            list.add(line);
        }
    }

    private static Map<String, PlanViews.Item> byStt(PlanViews.Version version) {
        Map<String, PlanViews.Item> items = new LinkedHashMap<>();
        version.items().forEach(i -> items.put(i.stt(), i));
        return items;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

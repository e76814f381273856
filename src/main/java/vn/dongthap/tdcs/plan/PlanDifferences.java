package vn.dongthap.tdcs.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What differs between two plans (the data file and a stored version, or two stored versions), by item STT and
 * field, as short Vietnamese lines. Bounded: texts are clipped and only the first lines are listed, so that a
 * startup report or a form message stays readable whatever was edited.
 */
final class PlanDifferences {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int CLIP = 40;
    /** Fields whose values are shown ("old" → "new"); unit lists and long texts are only named. */
    private static final List<String> SHOWN = List.of("nhóm", "sản phẩm", "thời gian", "ghi chú", "số liệu");

    /** One plan reduced to what a reader compares: general fields, and item fields by STT in plan order. */
    record Facts(Map<String, String> general, Map<String, Map<String, String>> items) {

        static Facts of(PlanViews.Version version) {
            var s = version.summary();
            var r = version.reportingRegime();
            Map<String, String> general = general(s.number(), s.title(), s.issuedOn(), s.effectiveFrom(),
                    version.issuer() + " (" + version.issuerUnit() + ")", version.signer(), version.legalBasis(),
                    version.groups().stream().map(g -> g.code() + " " + g.title()).toList(),
                    r == null ? "" : regime(r.text(), r.kind(), r.frequency(), r.dueBefore(), r.recipientUnit(),
                            r.consolidatedTo(), r.otherKinds(), r.obligation()),
                    r == null ? List.of() : r.figures().stream().map(f -> figure(f.key(), f.label(), f.unit())).toList());
            Map<String, Map<String, String>> items = new LinkedHashMap<>();
            for (PlanViews.Item i : version.items()) {
                items.put(i.stt(), item(i.group(), i.content(), i.leadText(), i.leadUnitIds(), i.coopText(),
                        i.coopUnitIds(), i.product(), i.timing(), i.note(), i.figures()));
            }
            return new Facts(general, items);
        }

        static Facts of(ValidatedRegister register) {
            PlanFile plan = register.plan();
            var h = plan.plan();
            var r = plan.reportingRegime();
            Map<String, String> general = general(h.number(), h.title(), h.issuedOn(), h.effectiveFrom(),
                    h.issuer() + " (" + h.issuerUnit() + ")", h.signer(), h.legalBasis(),
                    plan.groups().stream().map(g -> g.code() + " " + g.title()).toList(),
                    regime(r.text(), r.kind(), r.frequency(), r.dueBefore(), r.recipientUnit(), r.consolidatedTo(),
                            r.otherKinds(), r.obligation()),
                    r.figures() == null ? List.of() : r.figures().stream().map(f -> figure(f.key(), f.label(), f.unit())).toList());
            Map<String, Map<String, String>> items = new LinkedHashMap<>();
            for (PlanFile.Item i : plan.items()) {
                items.put(i.stt(), item(i.group(), i.content(), i.leadText(), register.unitsOf(i.stt(), ValidatedRegister.Role.LEAD),
                        i.coopText(), register.unitsOf(i.stt(), ValidatedRegister.Role.COOP), i.product(), i.timing(),
                        i.note(), i.figures()));
            }
            return new Facts(general, items);
        }

        private static Map<String, String> general(String number, String title, LocalDate issuedOn, LocalDate effectiveFrom,
                                                   String issuer, String signer, List<String> legalBasis,
                                                   List<String> groups, String regime, List<String> figures) {
            Map<String, String> general = new LinkedHashMap<>();
            general.put("số hiệu", text(number));
            general.put("tên Kế hoạch", text(title));
            general.put("ngày ban hành", date(issuedOn));
            general.put("ngày hiệu lực", date(effectiveFrom));
            general.put("cơ quan ban hành", text(issuer));
            general.put("người ký", text(signer));
            general.put("căn cứ", String.join("\n", legalBasis == null ? List.of() : legalBasis));
            general.put("nhóm nhiệm vụ", String.join("\n", groups));
            general.put("chế độ báo cáo", regime);
            general.put("số liệu báo cáo", String.join("\n", figures));
            return general;
        }

        private static String regime(String text, String kind, String frequency, String dueBefore, String recipient,
                                     List<String> consolidatedTo, List<String> otherKinds, ObligationRule obligation) {
            ObligationRule rule = obligation == null ? new ObligationRule(null, null, null, null) : obligation;
            return String.join("|", text(text), text(kind), text(frequency), text(dueBefore), text(recipient),
                    list(consolidatedTo), list(otherKinds), list(rule.mustReportKinds()), list(rule.mustReportUnits()),
                    list(rule.invitedKinds()), list(rule.invitedUnits()));
        }

        /** Unit fields hold the plan's wording and the units it resolves to (a changed unit register shows here). */
        private static Map<String, String> item(String group, String content, String leadText, Collection<String> lead,
                                                String coopText, Collection<String> coop, String product, String timing,
                                                String note, Collection<String> figures) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("nhóm", text(group));
            fields.put("nội dung", text(content));
            fields.put("đơn vị chủ trì", text(leadText) + "|" + new TreeSet<>(lead));
            fields.put("đơn vị phối hợp", text(coopText) + "|" + new TreeSet<>(coop));
            fields.put("sản phẩm", text(product));
            fields.put("thời gian", text(timing));
            fields.put("ghi chú", text(note));
            fields.put("số liệu", String.join(", ", figures == null ? List.of() : figures));
            return fields;
        }
    }

    private static String figure(String key, String label, String unit) {
        return key + ": " + text(label) + " (" + text(unit) + ")";
    }

    private PlanDifferences() {
    }

    /** Every difference from {@code before} to {@code after}, at most {@code maxLines} lines (the last one counts the rest). */
    static List<String> between(Facts before, Facts after, int maxLines) {
        List<String> lines = new ArrayList<>();
        List<String> general = changedFields(before.general(), after.general());
        if (!general.isEmpty()) {
            lines.add("thông tin chung của Kế hoạch: " + String.join(", ", general));
        }
        for (var entry : after.items().entrySet()) {
            item(entry.getKey(), before, after).ifPresent(lines::add);
        }
        for (String stt : before.items().keySet()) {
            if (!after.items().containsKey(stt)) {
                lines.add("bỏ nhiệm vụ STT " + stt);
            }
        }
        if (lines.size() > maxLines) {
            int rest = lines.size() - (maxLines - 1);
            lines = new ArrayList<>(lines.subList(0, maxLines - 1));
            lines.add("… và " + rest + " khác biệt khác");
        }
        return lines;
    }

    /** What differs for one STT ("thêm nhiệm vụ STT 4.6", "nhiệm vụ STT 4.1: thời gian (…)"), or empty. */
    static Optional<String> item(String stt, Facts before, Facts after) {
        Map<String, String> old = before.items().get(stt);
        Map<String, String> now = after.items().get(stt);
        if (old == null && now == null) {
            return Optional.empty();
        }
        if (old == null) {
            return Optional.of("thêm nhiệm vụ STT " + stt);
        }
        if (now == null) {
            return Optional.of("bỏ nhiệm vụ STT " + stt);
        }
        List<String> fields = new ArrayList<>();
        for (String field : now.keySet()) {
            if (!Objects.equals(old.get(field), now.get(field))) {
                fields.add(SHOWN.contains(field)
                        ? field + " (\"" + clip(old.get(field)) + "\" → \"" + clip(now.get(field)) + "\")" : field);
            }
        }
        return fields.isEmpty() ? Optional.empty()
                : Optional.of("nhiệm vụ STT " + stt + ": " + String.join(", ", fields));
    }

    private static List<String> changedFields(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(k -> !Objects.equals(before.get(k), after.get(k))).toList();
    }

    private static String clip(String value) {
        String flat = value == null ? "" : value.replaceAll("\\s+", " ").trim();
        return flat.length() <= CLIP ? flat : flat.substring(0, CLIP - 1) + "…";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.format(DATE);
    }

    private static String list(List<String> values) {
        return values == null ? "" : values.stream().collect(Collectors.joining(","));
    }
}

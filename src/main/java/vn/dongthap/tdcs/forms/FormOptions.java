package vn.dongthap.tdcs.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dongthap.tdcs.plan.ObligationRule;
import vn.dongthap.tdcs.plan.UnitsFile;
import vn.dongthap.tdcs.plan.PlanDataFiles;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;

/**
 * The lists forms offer, taken from the register: units and collectives as don-vi.yaml names them, items and
 * groups of one plan version. Labels are what officers read; values are the ids the server checks again.
 */
public record FormOptions(List<FormOption> units, List<FormOption> collectives, List<FormOption> planItems,
                          List<FormOption> planGroups, List<FormOption> reporters, List<FormOption> authorities) {

    /** Longest item content shown in a choice, in characters; the STT identifies the item, the text recalls it. */
    static final int ITEM_CONTENT_CHARACTERS = 90;

    /** From the data files directly (process-model tests on the in-memory engine, which has no register tables). */
    public static FormOptions fromFiles(PlanDataFiles.Content data) {
        List<Reporter> units = data.units().units().stream().map(u -> new Reporter(u.id(), u.shortName(), u.kind())).toList();
        List<CollectiveMembers> collectives = data.units().collectives().stream().map(c -> new CollectiveMembers(c.id(),
                c.name(), data.units().units().stream().filter(u -> orEmpty(c.kinds()).contains(u.kind())
                        || orEmpty(c.units()).contains(u.id())).map(UnitsFile.Unit::id).toList())).toList();
        var regime = data.plan().reportingRegime();
        return new FormOptions(
                data.units().units().stream().map(u -> new FormOption(u.id(), u.shortName())).toList(),
                data.units().collectives().stream().map(c -> new FormOption(c.id(), c.name())).toList(),
                data.plan().items().stream().map(i -> new FormOption(i.stt(), itemLabel(i.stt(), i.content()))).toList(),
                data.plan().groups().stream().map(g -> new FormOption(g.code(), groupLabel(g.code(), g.title()))).toList(),
                reporters(units, collectives, regime.obligation()),
                authorities(units, regime.recipientUnit(), regime.consolidatedTo()));
    }

    /** A unit as the lists need it. */
    private record Reporter(String id, String label, String kind) {
    }

    private record CollectiveMembers(String id, String name, List<String> unitIds) {
    }

    /** Collectives whose every member reports, then the units that report, in register order. */
    private static List<FormOption> reporters(List<Reporter> units, List<CollectiveMembers> collectives,
                                              ObligationRule rule) {
        if (rule == null) {
            return List.of();
        }
        Set<String> reporting = new HashSet<>();
        units.stream().filter(u -> rule.of(u.id(), u.kind()).isPresent()).forEach(u -> reporting.add(u.id()));
        List<FormOption> options = new ArrayList<>();
        collectives.stream().filter(c -> !c.unitIds().isEmpty() && reporting.containsAll(c.unitIds()))
                .forEach(c -> options.add(new FormOption(c.id(), c.name())));
        units.stream().filter(u -> reporting.contains(u.id())).forEach(u -> options.add(new FormOption(u.id(), u.label())));
        return options;
    }

    /** The consolidating branch (a request of its own), then the regime's recipients (UBND tỉnh, NHNN). */
    private static List<FormOption> authorities(List<Reporter> units, String branch, List<String> recipients) {
        Set<String> ids = new LinkedHashSet<>();
        if (branch != null) {
            ids.add(branch);
        }
        ids.addAll(recipients == null ? List.of() : recipients);
        Map<String, String> labels = new HashMap<>();
        units.forEach(u -> labels.put(u.id(), u.label()));
        return ids.stream().filter(labels::containsKey).map(id -> new FormOption(id, labels.get(id))).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** From the register as loaded: active units, collectives, and the given plan version (null: no items yet). */
    static FormOptions fromRegister(PlanRegisterQueries register, Long versionId) {
        List<FormOption> items = List.of();
        List<FormOption> groups = List.of();
        List<FormOption> reporters = List.of();
        List<FormOption> authorities = List.of();
        List<Reporter> units = register.units().stream().filter(PlanViews.Unit::active)
                .map(u -> new Reporter(u.id(), u.shortName(), u.kind())).toList();
        if (versionId != null) {
            PlanViews.Version version = register.version(versionId).orElseThrow();
            items = version.items().stream().map(i -> new FormOption(i.stt(), itemLabel(i.stt(), i.content()))).toList();
            groups = version.groups().stream().map(g -> new FormOption(g.code(), groupLabel(g.code(), g.title()))).toList();
            reporters = reporters(units, register.collectives().stream()
                    .map(c -> new CollectiveMembers(c.id(), c.name(), c.unitIds())).toList(),
                    version.reportingRegime().obligation());
            authorities = authorities(units, version.reportingRegime().recipientUnit(),
                    version.reportingRegime().consolidatedTo());
        }
        return new FormOptions(
                units.stream().map(u -> new FormOption(u.id(), u.label())).toList(),
                register.collectives().stream().map(c -> new FormOption(c.id(), c.name())).toList(),
                items, groups, reporters, authorities);
    }

    List<FormOption> of(OptionSource source) {
        return switch (source) {
            case UNITS -> units;
            case UNITS_AND_COLLECTIVES -> {
                List<FormOption> all = new ArrayList<>(collectives);
                all.addAll(units);
                yield all;
            }
            case REPORTERS -> reporters;
            case AUTHORITIES -> authorities;
            case PLAN_ITEMS -> planItems;
            case PLAN_GROUPS -> planGroups;
        };
    }

    /** "1.1 – Tổ chức nghiên cứu, phổ biến, …": the content cut at a word boundary. */
    static String itemLabel(String stt, String content) {
        String text = content == null ? "" : content.strip().replaceAll("\\s+", " ");
        if (text.length() > ITEM_CONTENT_CHARACTERS) {
            int cut = text.lastIndexOf(' ', ITEM_CONTENT_CHARACTERS);
            text = text.substring(0, cut > ITEM_CONTENT_CHARACTERS / 2 ? cut : ITEM_CONTENT_CHARACTERS).replaceAll("[,;:.\\s]+$", "")
                    + "…";
        }
        return stt + " – " + text;
    }

    static String groupLabel(String code, String title) {
        return code + ". " + title;
    }
}

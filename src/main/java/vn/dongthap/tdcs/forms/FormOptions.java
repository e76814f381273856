package vn.dongthap.tdcs.forms;

import java.util.ArrayList;
import java.util.List;
import vn.dongthap.tdcs.plan.PlanDataFiles;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;

/**
 * The lists forms offer, taken from the register: units and collectives as don-vi.yaml names them, items and
 * groups of one plan version. Labels are what officers read; values are the ids the server checks again.
 */
public record FormOptions(List<FormOption> units, List<FormOption> collectives, List<FormOption> planItems,
                          List<FormOption> planGroups) {

    /** Longest item content shown in a choice, in characters; the STT identifies the item, the text recalls it. */
    static final int ITEM_CONTENT_CHARACTERS = 90;

    /** From the data files directly (process-model tests on the in-memory engine, which has no register tables). */
    public static FormOptions fromFiles(PlanDataFiles.Content data) {
        return new FormOptions(
                data.units().units().stream().map(u -> new FormOption(u.id(), u.shortName())).toList(),
                data.units().collectives().stream().map(c -> new FormOption(c.id(), c.name())).toList(),
                data.plan().items().stream().map(i -> new FormOption(i.stt(), itemLabel(i.stt(), i.content()))).toList(),
                data.plan().groups().stream().map(g -> new FormOption(g.code(), groupLabel(g.code(), g.title()))).toList());
    }

    /** From the register as loaded: active units, collectives, and the given plan version (null: no items yet). */
    static FormOptions fromRegister(PlanRegisterQueries register, Long versionId) {
        List<FormOption> items = List.of();
        List<FormOption> groups = List.of();
        if (versionId != null) {
            PlanViews.Version version = register.version(versionId).orElseThrow();
            items = version.items().stream().map(i -> new FormOption(i.stt(), itemLabel(i.stt(), i.content()))).toList();
            groups = version.groups().stream().map(g -> new FormOption(g.code(), groupLabel(g.code(), g.title()))).toList();
        }
        return new FormOptions(
                register.units().stream().filter(PlanViews.Unit::active).map(u -> new FormOption(u.id(), u.shortName())).toList(),
                register.collectives().stream().map(c -> new FormOption(c.id(), c.name())).toList(),
                items, groups);
    }

    List<FormOption> of(OptionSource source) {
        return switch (source) {
            case UNITS -> units;
            case UNITS_AND_COLLECTIVES -> {
                List<FormOption> all = new ArrayList<>(collectives);
                all.addAll(units);
                yield all;
            }
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

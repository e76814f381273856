package vn.dongthap.tdcs.plan;

import java.util.List;

/**
 * One decided change to the plan: change the fields of an item (null = unchanged), add an item, or
 * remove one. Unit lists hold unit or collective ids of the register. A change of the reporting row may
 * also change the reporting regime ({@code regime}, null = unchanged).
 */
public record PlanChange(Type type, String stt, String group, String content, List<String> lead, List<String> coop,
                         String product, String timing, RegimeChange regime) {

    public enum Type { CHANGE, ADD, REMOVE }

    /** A change of an item alone, the regime unchanged. */
    public PlanChange(Type type, String stt, String group, String content, List<String> lead, List<String> coop,
                      String product, String timing) {
        this(type, stt, group, content, lead, coop, product, timing, null);
    }
}

package vn.dongthap.tdcs.plan;

import java.util.List;

/**
 * One decided change to the plan: change the fields of an item (null = unchanged), add an item, or
 * remove one. Unit lists hold unit or collective ids of the register.
 */
public record PlanChange(Type type, String stt, String group, String content, List<String> lead, List<String> coop,
                         String product, String timing) {

    public enum Type { CHANGE, ADD, REMOVE }
}

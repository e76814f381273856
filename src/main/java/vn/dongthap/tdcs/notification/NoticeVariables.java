package vn.dongthap.tdcs.notification;

import vn.dongthap.tdcs.platform.ProcessVariable;

/**
 * What a new-task mail shows of its process (display only): the unit's name, and the round's title or the
 * proposal's or batch's key. The processes set them under these declarations.
 */
public final class NoticeVariables {

    public static final ProcessVariable<String> UNIT_NAME = ProcessVariable.of("unitName", String.class);
    public static final ProcessVariable<String> ROUND_TITLE = ProcessVariable.of("roundTitle", String.class);
    public static final ProcessVariable<String> PROPOSAL_KEY = ProcessVariable.of("proposalKey", String.class);
    public static final ProcessVariable<String> BATCH_KEY = ProcessVariable.of("batchKey", String.class);

    private NoticeVariables() {
    }
}

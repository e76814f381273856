package vn.dongthap.tdcs.reporting;

/** Business key of one unit's report in a round: "BC-NAM-2026/xa-tan-hong". */
record UnitReportKey(String roundKey, String unitId) {

    private static final char SEPARATOR = '/';

    static UnitReportKey parse(String businessKey) {
        int at = businessKey == null ? -1 : businessKey.lastIndexOf(SEPARATOR);
        if (at <= 0 || at == businessKey.length() - 1) {
            throw new IllegalStateException("Not a unit report's business key: " + businessKey);
        }
        return new UnitReportKey(businessKey.substring(0, at), businessKey.substring(at + 1));
    }

    /** Whether the business key is one unit's report's (not a round's own). */
    static boolean isUnitKey(String businessKey) {
        return businessKey != null && businessKey.lastIndexOf(SEPARATOR) > 0;
    }

    /** The round's key, from a round's own business key or from one of its unit reports'. */
    static String roundKeyOf(String businessKey) {
        if (businessKey == null || businessKey.isBlank()) {
            throw new IllegalStateException("Execution without a business key");
        }
        int at = businessKey.lastIndexOf(SEPARATOR);
        return at < 0 ? businessKey : businessKey.substring(0, at);
    }

    @Override
    public String toString() {
        return roundKey + SEPARATOR + unitId;
    }
}

package vn.dongthap.tdcs.platform.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * JSON log lines (logging.structured.format.console) carry, besides the engine's MDC (processInstanceId,
 * businessKey, activityId), the round key and the unit id read from the business key ("BC-NAM-2026/xa-tan-hong"):
 * one unit's report can be followed through the logs of every node with one filter.
 */
public class ProcessLogFields implements StructuredLoggingJsonMembersCustomizer<ILoggingEvent> {

    static final String BUSINESS_KEY = "businessKey";

    @Override
    public void customize(JsonWriter.Members<ILoggingEvent> members) {
        members.add("roundKey", event -> roundKey(event.getMDCPropertyMap().get(BUSINESS_KEY))).whenNotNull();
        members.add("unitId", event -> unitId(event.getMDCPropertyMap().get(BUSINESS_KEY))).whenNotNull();
    }

    /** The round of a round's or a unit report's business key; null for other processes (proposals, batches). */
    static String roundKey(String businessKey) {
        if (businessKey == null || !businessKey.startsWith("BC-")) {
            return null;
        }
        int slash = businessKey.indexOf('/');
        return slash < 0 ? businessKey : businessKey.substring(0, slash);
    }

    static String unitId(String businessKey) {
        if (roundKey(businessKey) == null) {
            return null;
        }
        int slash = businessKey.indexOf('/');
        return slash < 0 ? null : businessKey.substring(slash + 1);
    }
}

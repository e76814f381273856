package vn.dongthap.tdcs.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dueSoonDays how many days ahead the "Sắp đến hạn" Tasklist filter looks
 */
@ConfigurationProperties("app.identity")
public record IdentityProperties(int dueSoonDays) {
}

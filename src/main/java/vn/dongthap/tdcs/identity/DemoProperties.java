package vn.dongthap.tdcs.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo users for trying the system: one officer and one leader per unit plus role users.
 * Refused in production by ProductionSettingsGuard.
 */
@ConfigurationProperties("app.demo")
public record DemoProperties(boolean usersEnabled, String password) {
}

package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** Behind the TLS proxy, every login cookie is Secure and the proxy's scheme is believed. */
class ProductionProfileTest {

    @Test
    void cookiesAreSecureAndForwardedHeadersAreUsed() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-prod.yaml"));
        Properties prod = yaml.getObject();
        assertThat(prod).containsEntry("server.servlet.session.cookie.secure", true)
                .containsEntry("camunda.bpm.webapp.session-cookie.enable-secure-cookie", true)
                .containsEntry("camunda.bpm.webapp.csrf.enable-secure-cookie", true)
                .containsEntry("camunda.bpm.webapp.header-security.hsts-disabled", false)
                .containsEntry("server.forward-headers-strategy", "native");
    }
}

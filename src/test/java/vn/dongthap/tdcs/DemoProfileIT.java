package vn.dongthap.tdcs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one-command quickstart (profile demo: H2, demo users, no SMTP server) starts and works. An
 * in-memory H2 stands in for the demo's H2 file so that runs leave nothing behind. Runs in its own
 * JVM (surefire execution "demo-profile" in pom.xml): engines and the webapps' engine lookup are
 * JVM-wide, and a second engine would disturb the PostgreSQL tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:demo-profile-test;DB_CLOSE_DELAY=-1",
                "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class DemoProfileIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void theQuickstartStartsWithDemoUsersAndWithoutAMailServer() {
        assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("\"status\":\"UP\"");
        assertThat(http.withBasicAuth("canbo-xa-tan-hong", "Demo@752").getForEntity("/api/units/xa-tan-hong", String.class)
                .getBody()).contains("Ủy ban nhân dân xã Tân Hồng");
        assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode().is2xxSuccessful()).isTrue();
    }
}

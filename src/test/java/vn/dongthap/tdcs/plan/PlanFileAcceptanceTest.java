package vn.dongthap.tdcs.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class PlanFileAcceptanceTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void theEnvironmentVariableFormDocumentedForOperatorsBinds() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("APP_PLANDATA_ACCEPTFILE", "3-9f86d081884c")));
        PlanFileAcceptance bound = new Binder(ConfigurationPropertySources.get(environment))
                .bind("app.plan-data", PlanFileAcceptance.class).get();
        assertThat(bound.acceptFile()).isEqualTo("3-9f86d081884c");
    }

    @Test
    void aCodeAcceptsOnlyThatFileContentOnTopOfThatNewestVersion() {
        PlanFileAcceptance acceptance = new PlanFileAcceptance(" 3-9F86D081884C ");
        assertThat(PlanFileAcceptance.codeFor(3, HASH)).isEqualTo("3-9f86d081884c");
        assertThat(acceptance.accepts(3, HASH)).isTrue();
        assertThat(acceptance.accepts(4, HASH)).isFalse();
        assertThat(acceptance.accepts(3, "0" + HASH.substring(1))).isFalse();
        assertThat(new PlanFileAcceptance(null).accepts(3, HASH)).isFalse();
        assertThat(new PlanFileAcceptance("").isSet()).isFalse();
    }
}

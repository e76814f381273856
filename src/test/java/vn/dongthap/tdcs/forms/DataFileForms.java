package vn.dongthap.tdcs.forms;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.core.io.ClassPathResource;
import vn.dongthap.tdcs.plan.PlanDataFiles;

/**
 * The forms rendered from the data files as the application ships them (don-vi.yaml, ke-hoach-752.yaml, read by
 * the plan register's own reader), for tests without the application: the process-model tests deploy them the
 * way the application does.
 */
public final class DataFileForms {

    private static List<RenderedForm> rendered;

    private DataFileForms() {
    }

    public static PlanDataFiles.Content data() {
        return PlanDataFiles.read(new ClassPathResource("data/don-vi.yaml"), new ClassPathResource("data/ke-hoach-752.yaml"));
    }

    public static synchronized List<RenderedForm> rendered() {
        if (rendered == null) {
            rendered = FormTemplates.render(FormOptions.fromFiles(data()));
        }
        return rendered;
    }

    public static RenderedForm rendered(String formId) {
        return rendered().stream().filter(f -> f.formId().equals(formId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no form " + formId));
    }

    /** Deploys the rendered forms that differ from the engine's latest ones (as FormDeployment does). */
    public static void deploy(ProcessEngine engine) {
        FormDeployer.deploy(engine, rendered());
    }
}

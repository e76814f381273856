package vn.dongthap.tdcs.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Deploys rendered forms as one deployment, but only those whose content differs from the form the engine
 * shows now (the latest version of each form id, as {@code formRefBinding="latest"} resolves it): unchanged data
 * makes no new deployment, and a form deployed by hand is replaced by the rendered one at the next check.
 */
public final class FormDeployer {

    public static final String DEPLOYMENT_NAME = "Biểu mẫu Kế hoạch 752";

    private FormDeployer() {
    }

    /**
     * The forms deployed (empty when every form was already current). Runs as the application, not as the person
     * whose decision made a new plan version: people deploy nothing (see identity.guard).
     */
    public static List<String> deploy(ProcessEngine engine, List<RenderedForm> forms) {
        IdentityService identity = engine.getIdentityService();
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return deployAsApplication(engine, forms);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private static List<String> deployAsApplication(ProcessEngine engine, List<RenderedForm> forms) {
        List<RenderedForm> changed = forms.stream().filter(f -> !isCurrent(engine, f)).toList();
        if (changed.isEmpty()) {
            return List.of();
        }
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(DEPLOYMENT_NAME);
        changed.forEach(f -> deployment.addInputStream(f.resourceName(), new ByteArrayInputStream(f.content())));
        deployment.deploy();
        return changed.stream().map(RenderedForm::formId).toList();
    }

    private static boolean isCurrent(ProcessEngine engine, RenderedForm form) {
        Optional<CamundaFormDefinition> latest = latest(engine, form.formId());
        if (latest.isEmpty()) {
            return false;
        }
        try (InputStream deployed = engine.getRepositoryService()
                .getResourceAsStream(latest.get().getDeploymentId(), latest.get().getResourceName())) {
            return Arrays.equals(deployed.readAllBytes(), form.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<CamundaFormDefinition> latest(ProcessEngine engine, String formId) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return Optional.ofNullable(configuration.getCommandExecutorTxRequired().execute(
                new GetCamundaFormDefinitionCmd(new CamundaFormRefImpl(formId, "latest"), null)));
    }
}

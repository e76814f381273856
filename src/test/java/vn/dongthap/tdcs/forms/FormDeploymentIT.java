package vn.dongthap.tdcs.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.plan.PlanDataProperties;
import vn.dongthap.tdcs.plan.PlanRegisterLoader;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/** The application deploys the forms rendered from the register, follows its changes, and the guard follows the forms. */
@PostgresIntegrationTest
class FormDeploymentIT {

    private static final String UNIT = "xa-tan-hong";

    @Autowired
    FormDeployment forms;
    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanRegisterLoader loader;
    @Autowired
    PlanDataProperties dataFiles;
    @Autowired
    ReportingTestSupport as;

    private final List<String> proposals = new ArrayList<>();
    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void restore() {
        loader.load(dataFiles.unitsFile(), dataFiles.planFile(), "system");
        forms.deploy();
        proposals.forEach(key -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "kiểm thử", true, true)));
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }

    @Test
    void theDeployedFormsListTheUnitsOfTheDataAndAnUnchangedRegisterDeploysNothing() {
        forms.deploy();
        long before = engine.getRepositoryService().createDeploymentQuery().deploymentName(FormDeployer.DEPLOYMENT_NAME).count();

        assertThat(forms.deploy()).isEmpty();

        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName(FormDeployer.DEPLOYMENT_NAME).count())
                .isEqualTo(before);
        List<FormOption> units = DataFileForms.data().units().units().stream()
                .map(u -> new FormOption(u.id(), u.shortName())).toList();
        // a request offers the collectives and units that report under the regime: never UBND tỉnh or NHNN
        assertThat(DeployedForms.startFormOptions(engine, "adhoc-report-request", "unitIds"))
                .containsExactlyElementsOf(FormOptions.fromFiles(DataFileForms.data()).reporters())
                .contains(new FormOption("ubnd-cap-xa", "UBND cấp xã"), new FormOption("xa-tan-hong", "Xã Tân Hồng"))
                .extracting(FormOption::value).doesNotContain("ubnd-tinh", "nhnn-viet-nam", "nhnn-kv13");
        assertThat(DeployedForms.startFormOptions(engine, "adhoc-report-request", "requestedByUnit"))
                .extracting(FormOption::value).containsExactly("nhcsxh-tinh", "ubnd-tinh", "nhnn-viet-nam");
        assertThat(DeployedForms.startFormOptions(engine, "amendment-request", "newLead")).endsWith(units.toArray(FormOption[]::new))
                .contains(new FormOption("ubnd-cap-xa", "UBND cấp xã"));
    }

    @Test
    void renamingAUnitInTheDataReachesEveryFormAndTheOpenTasks() throws Exception {
        Task review = leaderReview(propose());
        String original = Files.readString(Path.of("src/main/resources/data/don-vi.yaml"));
        String renamedFile = original.replace("shortName: Xã Tân Hồng\n", "shortName: Xã Tân Hồng (tên mới)\n");
        assertThat(renamedFile).isNotEqualTo(original);
        Path renamed = Files.createTempFile("don-vi-", ".yaml");
        Files.writeString(renamed, renamedFile);

        // what a restart does after an operator edits don-vi.yaml: load the data files, then render and deploy
        loader.load(new FileSystemResource(renamed), dataFiles.planFile(), "system");
        assertThat(forms.deploy()).containsExactlyInAnyOrder("adhoc-report-start", "amendment-request-start",
                "amendment-revise", "amendment-clarify", "amendment-decision");

        FormOption newName = new FormOption(UNIT, "Xã Tân Hồng (tên mới)");
        assertThat(DeployedForms.startFormOptions(engine, "adhoc-report-request", "unitIds")).contains(newName);
        assertThat(DeployedForms.startFormOptions(engine, "amendment-request", "newCoop")).contains(newName);
        assertThat(DeployedForms.startFormOptions(engine, "amendment-request", "newLead")).contains(newName)
                .doesNotContain(new FormOption(UNIT, "Xã Tân Hồng"));
        // the open review shows the proposal as texts rendered from the tables when the task was created, not lists
        assertThat(engine.getTaskService().getVariable(review.getId(), "proposedItemText")).isNotNull();
        Files.delete(renamed);
    }

    @Test
    void theGuardAnswersWithTheNewestFormOfAnOpenTask() throws Exception {
        Task review = leaderReview(propose());
        String leader = DemoUsers.leaderOf(UNIT);
        // the guard has read the task's form once (and kept it)
        assertThatThrownBy(() -> as.as(leader, () -> engine.getTaskService().complete(review.getId(),
                Map.of("approvalDecision", "tra-lai", "returnReason", "Cần nêu rõ thời hạn.", "khongCo", "x"))))
                .hasMessageContaining("khongCo");

        // a newer version of the form without "returnReason" (deployed apart, as the application deploys forms)
        ObjectMapper json = new ObjectMapper();
        ObjectNode form = (ObjectNode) json.readTree(DataFileForms.rendered("amendment-leader-review").content());
        ArrayNode components = (ArrayNode) form.get("components");
        for (int i = components.size() - 1; i >= 0; i--) {
            if ("returnReason".equals(components.get(i).path("key").asText())) {
                components.remove(i);
            }
        }
        deployments.add(engine.getRepositoryService().createDeployment().name("kiểm thử biểu mẫu")
                .addInputStream("amendment-leader-review.form",
                        new ByteArrayInputStream(json.writeValueAsString(form).getBytes(StandardCharsets.UTF_8)))
                .deploy().getId());

        Map<String, Object> giveBack = new HashMap<>(Map.of("approvalDecision", "tra-lai", "returnReason", "Cần nêu rõ thời hạn."));
        assertThatThrownBy(() -> as.as(leader, () -> engine.getTaskService().complete(review.getId(), giveBack)))
                .hasMessageContaining("returnReason");
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).count()).isOne();

        // the application's own forms replace it at the next check, and the task answers as before
        assertThat(forms.deploy()).contains("amendment-leader-review");
        as.as(leader, () -> engine.getTaskService().complete(review.getId(), giveBack));
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).count()).isZero();
    }

    private String propose() {
        String key = as.as(DemoUsers.officerOf(UNIT), () -> engine.getRuntimeService().startProcessInstanceByKey(
                "amendment-request", Map.of("amendmentKind", "sua-doi", "targetStt", "4.1",
                        "newTiming", "Hằng năm, trước ngày 31/12", "reason", "Kiểm thử biểu mẫu theo dữ liệu.")).getBusinessKey());
        proposals.add(key);
        return key;
    }

    private Task leaderReview(String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey("Task_LeaderReviewProposal").singleResult();
    }
}

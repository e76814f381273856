package vn.dongthap.tdcs.amendment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/**
 * A finished proposal's history over HTTP: each step with who and when, the leader's return and its reason, the
 * branch's question and the unit's answer, the refusal; the proposing unit reads it, another unit may not.
 */
@PostgresIntegrationTest
class ProposalHistoryIT {

    private static final String UNIT = "phuong-my-tho";
    private static final String RETURN_REASON = "Nêu rõ nhiệm vụ nào trùng lặp.";
    private static final String QUESTION = "Hai nhiệm vụ khác nhau ở sản phẩm nào?";
    private static final String ANSWER = "Cùng sản phẩm là báo cáo năm.";
    private static final String DECLINE = "Nhiệm vụ 5.4 thuộc Chi nhánh, không trùng 5.2.";

    @Autowired
    ReportingTestSupport as;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate http;
    @Value("${app.demo.password}")
    String password;

    @Test
    void theHistoryOfAProposalShowsEveryStepQuestionAndAnswerByName() throws Exception {
        Map<String, Object> proposal = new HashMap<>(Map.of("amendmentKind", "bai-bo", "targetStt", "5.4",
                "reason", "Nhiệm vụ trùng với nhiệm vụ 5.2 của Chi nhánh."));
        String key = as.as(DemoUsers.officerOf(UNIT),
                () -> runtimeService.startProcessInstanceByKey("amendment-request", proposal).getBusinessKey());
        complete(DemoUsers.leaderOf(UNIT), key, "Task_LeaderReviewProposal",
                Map.of("approvalDecision", "tra-lai", "returnReason", RETURN_REASON));
        complete(DemoUsers.officerOf(UNIT), key, "Task_ReviseProposal", proposal);
        complete(DemoUsers.leaderOf(UNIT), key, "Task_LeaderReviewProposal", Map.of("approvalDecision", "duyet"));
        complete(DemoUsers.CONSOLIDATOR, key, "Task_BranchReview",
                Map.of("branchDecision", "giai-trinh", "clarificationQuestion", QUESTION));
        Map<String, Object> answer = new HashMap<>(proposal);
        answer.put("clarificationAnswer", ANSWER);
        complete(DemoUsers.officerOf(UNIT), key, "Task_AnswerClarification", answer);
        // the branch only recommends; UBND tỉnh decides (plan III.5)
        complete(DemoUsers.CONSOLIDATOR, key, "Task_BranchReview",
                Map.of("branchDecision", "de-nghi-khong-chap-thuan", "declineReason", DECLINE));

        JsonNode view = json(get(DemoUsers.MANAGER, "/api/history/proposals/" + key));
        assertThat(view.get("title").asText()).isEqualTo("Đề xuất " + key + " của Phường Mỹ Tho");
        List<String> lines = new ArrayList<>();
        view.get("entries").forEach(e -> lines.add(e.get("who").asText() + " | " + e.get("what").asText() + " | "
                + e.get("detail").asText()));
        // a task is named after its step, the proposal and its unit (as Tasklist lists it)
        String of = " " + key + " – UBND phường Mỹ Tho";
        assertThat(lines).containsSubsequence(
                "Cán bộ Phường Mỹ Tho | Lập đề xuất " + key + " | Bãi bỏ nhiệm vụ 5.4. Lý do: Nhiệm vụ trùng với nhiệm vụ 5.2 của Chi nhánh.",
                "Lãnh đạo Phường Mỹ Tho | Lãnh đạo đơn vị duyệt đề xuất" + of + " | Trả lại để cán bộ chỉnh sửa. Lý do: " + RETURN_REASON,
                "Cán bộ Phường Mỹ Tho | Chỉnh sửa đề xuất theo ý kiến lãnh đạo" + of + " | Gửi lại đề xuất đã chỉnh sửa.",
                "Lãnh đạo Phường Mỹ Tho | Lãnh đạo đơn vị duyệt đề xuất" + of + " | Duyệt, gửi Chi nhánh NHCSXH tỉnh.",
                "Cán bộ tổng hợp Chi nhánh NHCSXH tỉnh | Chi nhánh NHCSXH tỉnh xem xét đề xuất" + of + " | Đề nghị đơn vị giải trình. Câu hỏi: " + QUESTION,
                "Cán bộ Phường Mỹ Tho | Giải trình, bổ sung đề xuất" + of + " | Trả lời: " + ANSWER,
                "Cán bộ tổng hợp Chi nhánh NHCSXH tỉnh | Chi nhánh NHCSXH tỉnh xem xét đề xuất" + of + " | Trình UBND tỉnh, kiến nghị không chấp thuận. Lý do: " + DECLINE);
        view.get("entries").forEach(e -> assertThat(e.get("at").asText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"));

        assertThat(get(DemoUsers.leaderOf(UNIT), "/api/history/proposals/" + key).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> other = get(DemoUsers.leaderOf("xa-tan-hong"), "/api/history/proposals/" + key);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(other).get("detail").asText()).doesNotContain(UNIT).doesNotContain(QUESTION);
    }

    private void complete(String user, String key, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(taskKey).singleResult();
        as.as(user, () -> taskService.complete(task.getId(), variables));
    }

    private ResponseEntity<String> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        return new ObjectMapper().readTree(response.getBody());
    }
}

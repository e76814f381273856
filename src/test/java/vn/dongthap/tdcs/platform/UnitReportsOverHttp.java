package vn.dongthap.tdcs.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A round's unit reports driven over HTTP as Tasklist drives them: the consolidator opens the annual round
 * with its start form, each unit's officer fills the draft form, the unit's leader approves. Each
 * completion submits only the fields of the task's form (unit-report-draft.form, unit-report-approval.form).
 */
final class UnitReportsOverHttp {

    static final String CONSOLIDATOR = "tonghop";
    static final String ADMIN = "admin";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** The fields of one row of the draft form's list "items": what Tasklist submits per plan item. */
    private static final List<String> ITEM_FIELDS =
            List.of("stt", "role", "content", "level", "result", "product", "difficulties", "proposals");

    private final String baseUrl;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    UnitReportsOverHttp(String baseUrl, String password) {
        this.baseUrl = baseUrl;
        this.password = password;
    }

    /**
     * The consolidator submits the start form of annual-report-cycle; returns the round key (BC-NAM-yyyy). The
     * deadline is a month ahead: a round whose deadline by the regime has passed opens only with a new one.
     */
    String openAnnualRound(int year) {
        ObjectNode variables = json.createObjectNode();
        variables.set("reportYear", typed(year, "Long"));
        variables.set("deadlineOverride", typed(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .plusMonths(1).toString(), "String"));
        JsonNode instance = read(expect(200, post(CONSOLIDATOR,
                "/engine-rest/process-definition/key/annual-report-cycle/submit-form", withVariables(variables))));
        String key = instance.path("businessKey").asText("");
        if (!key.equals("BC-NAM-" + year)) {
            throw new AssertionError("unexpected round key after opening the annual round: " + instance);
        }
        return key;
    }

    /**
     * The units of the round once the job executor has started each unit's report (asynchronously, after
     * the opening), in the round's order.
     */
    List<String> awaitUnitReports(String roundKey, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode units = round(roundKey).path("units");
            List<String> ids = new ArrayList<>();
            boolean allStarted = units.size() > 0;
            for (JsonNode unit : units) {
                ids.add(unit.path("unitId").asText());
                allStarted &= unit.hasNonNull("processInstanceId");
            }
            if (allStarted) {
                return ids;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the unit reports of " + roundKey + " did not start within "
                        + timeout.toSeconds() + " s");
            }
            pause(250);
        }
    }

    /** GET /api/rounds/{key} as the consolidator: the round and where each unit stands. */
    JsonNode round(String roundKey) {
        return read(expect(200, get(CONSOLIDATOR, "/api/rounds/" + roundKey)));
    }

    /** The unit's officer completes the draft with every plan item filled in. */
    void submitDraft(String roundKey, String unitId) {
        String officer = "canbo-" + unitId;
        String taskId = openTask(officer, roundKey + "/" + unitId, "Task_DraftReport");
        JsonNode form = read(expect(200, get(officer, "/engine-rest/task/" + taskId
                + "/form-variables?variableNames=items,askedFigures&deserializeValues=false")));
        ArrayNode items = json.createArrayNode();
        for (JsonNode planItem : items(form.path("items").path("value"))) {
            ObjectNode row = items.addObject();
            for (String field : ITEM_FIELDS) {
                row.put(field, planItem.path(field).asText(""));
            }
            row.put("level", "da-hoan-thanh");
            row.put("result", "Đã triển khai nhiệm vụ " + planItem.path("stt").asText());
            row.put("product", "Kế hoạch số 05/KH-UBND ngày 10/01/2026");
        }
        ObjectNode variables = json.createObjectNode();
        variables.set("items", typed(items.toString(), "Json"));
        // Every figure the plan asks of the unit; 12 fits every figure's decimals and bounds today.
        JsonNode asked = form.path("askedFigures").path("value");
        for (JsonNode key : asked.isTextual() ? read(asked.asText()) : asked) {
            variables.set(key.asText(), typed(12L, "Long"));
        }
        variables.set("generalComment", typed("Đơn vị thực hiện đúng tiến độ.", "String"));
        expect(204, post(officer, "/engine-rest/task/" + taskId + "/submit-form", withVariables(variables)));
    }

    /** The unit's leader approves: Task_RecordSubmission stores the submission in the same transaction. */
    void approve(String roundKey, String unitId) {
        String leader = "lanhdao-" + unitId;
        String taskId = openTask(leader, roundKey + "/" + unitId, "Task_ApproveReport");
        ObjectNode variables = json.createObjectNode();
        variables.set("approvalDecision", typed("duyet", "String"));
        expect(204, post(leader, "/engine-rest/task/" + taskId + "/submit-form", withVariables(variables)));
    }

    /** Open draft or approval tasks of these unit reports (as the administrator, who sees every task). */
    long openReportTasks(String roundKey, List<String> unitIds) {
        String businessKeys = String.join(",", unitIds.stream().map(u -> roundKey + "/" + u).toList());
        return read(expect(200, get(ADMIN, "/engine-rest/task/count?taskDefinitionKeyIn=Task_DraftReport,Task_ApproveReport"
                + "&processInstanceBusinessKeyIn=" + encode(businessKeys)))).path("count").asLong();
    }

    private String openTask(String user, String businessKey, String taskKey) {
        JsonNode tasks = read(expect(200, get(user, "/engine-rest/task?processInstanceBusinessKey=" + encode(businessKey)
                + "&taskDefinitionKey=" + taskKey)));
        if (tasks.size() != 1) {
            throw new AssertionError(user + " sees " + tasks.size() + " tasks " + taskKey + " of " + businessKey);
        }
        return tasks.get(0).path("id").asText();
    }

    /** A Json variable comes back as its serialized text (deserializeValues=false, as Tasklist asks). */
    private JsonNode items(JsonNode value) {
        JsonNode items = value.isTextual() ? read(value.asText()) : value;
        if (!items.isArray() || items.isEmpty()) {
            throw new AssertionError("the draft form has no plan items: " + value);
        }
        return items;
    }

    private ObjectNode typed(Object value, String type) {
        ObjectNode node = json.createObjectNode();
        node.set("value", json.valueToTree(value));
        node.put("type", type);
        return node;
    }

    private String withVariables(ObjectNode variables) {
        ObjectNode body = json.createObjectNode();
        body.set("variables", variables);
        return body.toString();
    }

    private HttpResponse<String> get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    private HttpResponse<String> post(String user, String path, String body) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.request().uri() + ": expected HTTP "
                    + status + ", got " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.notification.OutboxDelivery;

/**
 * What goes out (issue 13): the consolidated report leaves the branch only signed and numbered. Driven through
 * /engine-rest and /api as the consolidator and the branch leader would, on PostgreSQL, with the mail at GreenMail.
 */
@PostgresIntegrationTest
class SignedDispatchIT {

    private static final List<String> UNITS = List.of("so-tai-chinh", "xa-tan-hong", "xa-an-long");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    TaskService taskService;
    @Autowired
    ReportRounds rounds;
    @Autowired
    OutboxDelivery outboxDelivery;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Value("${app.demo.password}")
    String password;

    String round;

    @BeforeEach
    void aClosedRound() {
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, UNITS, LocalDate.now().plusDays(20).toString(),
                        "ubnd-tinh")
                .getBusinessKey();
        reporting.submit(round, "so-tai-chinh", DemoUsers.officerOf("so-tai-chinh"), DemoUsers.leaderOf("so-tai-chinh"));
        reporting.submit(round, "xa-tan-hong", DemoUsers.officerOf("xa-tan-hong"), DemoUsers.leaderOf("xa-tan-hong"));
    }

    @AfterEach
    void purge() {
        reporting.purgeRound(round);
    }

    @Test
    void theReportGoesOutSignedAndNumberedAfterTheLeaderApproves() throws Exception {
        // before the round is closed there is nothing to sign
        assertThat(upload(DemoUsers.CONSOLIDATOR, "som.pdf", pdf("sớm")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Task monitoring = roundTask("Task_MonitorRound");
        reporting.as(DemoUsers.CONSOLIDATOR, () -> taskService.complete(monitoring.getId(), reporting.closeRound(round)));
        reporting.executeJobsOf(round);
        Task prepare = roundTask("Task_PrepareDispatch");
        String today = LocalDate.now().toString();

        // no submission to the leader without number, date and a signed PDF; nothing is stored
        assertRefused(prepare, Map.of("dispatchDate", today), "Chưa nhập \\\"Số, ký hiệu văn bản\\\"");
        assertRefused(prepare, Map.of("dispatchNumber", "125 BC NHCSXH", "dispatchDate", today), "ví dụ 125/BC-NHCSXH");
        assertRefused(prepare, Map.of("dispatchNumber", "125/BC-NHCSXH"), "Chưa nhập \\\"Ngày văn bản\\\"");
        assertRefused(prepare, Map.of("dispatchNumber", "125/BC-NHCSXH", "dispatchDate", LocalDate.now().plusDays(1).toString()),
                "là ngày trong tương lai");
        assertRefused(prepare, Map.of("dispatchNumber", "125/BC-NHCSXH", "dispatchDate", today),
                "Chưa tải lên bản báo cáo tổng hợp đã ký (PDF)");
        assertThat(count("dispatch_review")).isZero();

        // only the branch's consolidators upload, and only a PDF
        assertThat(upload(DemoUsers.officerOf("xa-tan-hong"), "gia.pdf", pdf("giả")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> word = upload(DemoUsers.CONSOLIDATOR, "bao-cao.docx", docx());
        assertThat(word.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(word.getBody()).contains("không phải PDF");
        assertThat(upload(DemoUsers.CONSOLIDATOR, "ban-nhap.pdf", pdf("bản 1")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        byte[] second = pdf("bản 2, đã ký");
        assertThat(upload(DemoUsers.CONSOLIDATOR, "bao-cao-da-ky.pdf", second).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        // "Số:" typed before the number is dropped; the newest file goes to the leader
        assertThat(submit(DemoUsers.CONSOLIDATOR, prepare, Map.of("dispatchNumber", "Số: 125/BC-NHCSXH", "dispatchDate", today))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(upload(DemoUsers.CONSOLIDATOR, "muon.pdf", pdf("muộn")).getStatusCode())
                .as("no new file while the leader decides").isEqualTo(HttpStatus.CONFLICT);

        // the leader returns it with a reason; a consolidator cannot decide for her
        Task approval = roundTask("Task_ApproveConsolidatedReport");
        assertThat(taskService.getVariable(approval.getId(), "dispatchSummary").toString())
                .contains("Số: 125/BC-NHCSXH", "bao-cao-da-ky.pdf");
        assertThat(submit(DemoUsers.CONSOLIDATOR, approval, Map.of("dispatchDecision", "duyet")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> noReason = submit(leader(), approval, Map.of("dispatchDecision", "tra-lai"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("Chưa nhập \\\"Lý do trả lại\\\"");
        assertThat(submit(leader(), approval, Map.of("dispatchDecision", "tra-lai",
                "leaderReturnReason", "Ngày văn bản phải là ngày ký; ký lại bản có số 126.")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rounds.findByKey(round).orElseThrow().status()).isEqualTo(RoundStatus.DA_DONG);
        prepare = roundTask("Task_PrepareDispatch");
        assertThat(taskService.getVariable(prepare.getId(), "dispatchReturnReason").toString())
                .isEqualTo("Lãnh đạo Chi nhánh trả lại báo cáo số 125/BC-NHCSXH: Ngày văn bản phải là ngày ký; ký lại bản có số 126.");

        byte[] signed = pdf("bản 3, số 126, đã ký");
        assertThat(upload(DemoUsers.CONSOLIDATOR, "126-bao-cao.pdf", signed).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(submit(DemoUsers.CONSOLIDATOR, prepare, Map.of("dispatchNumber", "126/BC-NHCSXH", "dispatchDate", today))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submit(leader(), roundTask("Task_ApproveConsolidatedReport"), Map.of("dispatchDecision", "duyet",
                "leaderOpinion", "Đồng ý gửi.")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rounds.findByKey(round).orElseThrow().status()).isEqualTo(RoundStatus.DA_GUI);

        // the history keeps every file, every submission and decision, and what went out
        ResponseEntity<String> history = get(DemoUsers.CONSOLIDATOR, "/api/rounds/{key}/dispatch");
        assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(history.getBody()).contains("ban-nhap.pdf", "bao-cao-da-ky.pdf", "126-bao-cao.pdf",
                "\"decision\":\"TRA_LAI\"", "ký lại bản có số 126", "\"decision\":\"DUYET\"", "Đồng ý gửi.",
                "\"documentNumber\":\"126/BC-NHCSXH\"", "\"submittedBy\":\"tonghop\"", "\"decidedBy\":\"" + leader() + "\"");
        assertThat(count("dispatch_signed_file")).isEqualTo(3);
        assertThat(get(DemoUsers.officerOf("xa-tan-hong"), "/api/rounds/{key}/dispatch").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // one mail per recipient of the round (RoundRecipients: the authority that asked, here UBND tỉnh), carrying
        // the approved signed PDF and the two appendices
        List<String> recipients = jdbc.sql("""
                        select o.recipient from kehoach.notification_outbox o join kehoach.report_round r on r.id = o.attach_round_id
                        where o.kind = 'report-dispatched' and r.round_key = ? order by o.recipient""")
                .param(round).query(String.class).list();
        assertThat(recipients).containsExactly("ubnd-tinh@dongthap.example");
        long mailId = jdbc.sql("""
                        select o.id from kehoach.notification_outbox o join kehoach.report_round r on r.id = o.attach_round_id
                        where o.kind = 'report-dispatched' and r.round_key = ? and o.recipient = 'ubnd-tinh@dongthap.example'""")
                .param(round).query(Long.class).single();
        outboxDelivery.deliverOne(mailId);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).contains("Văn bản số 126/BC-NHCSXH ngày " + vietnamese(LocalDate.now()));
        Map<String, byte[]> files = attachments(mail);
        assertThat(files.keySet()).containsExactly("126-BC-NHCSXH.pdf", "Phu-luc-01-" + round + "-bao-cao-tong-hop.docx",
                "Phu-luc-02-" + round + "-so-lieu.xlsx");
        assertThat(files.get("126-BC-NHCSXH.pdf")).isEqualTo(signed);
    }

    private void assertRefused(Task task, Map<String, Object> values, String message) {
        ResponseEntity<String> response = submit(DemoUsers.CONSOLIDATOR, task, values);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains(message);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    private String leader() {
        return DemoUsers.leaderOf("nhcsxh-tinh");
    }

    private Task roundTask(String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(round).taskDefinitionKey(key).singleResult();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from kehoach." + table + " t join kehoach.report_round r on r.id = t.round_id"
                + " where r.round_key = ?").param(round).query(Long.class).single();
    }

    private ResponseEntity<String> submit(String user, Task task, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        String body;
        try {
            body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("variables", variables));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/engine-rest/task/{id}/submit-form", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class, task.getId());
    }

    private ResponseEntity<String> upload(String user, String fileName, byte[] content) {
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("X-Requested-With", "XMLHttpRequest");
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.exchange("/api/rounds/{key}/dispatch/signed-files", HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class, round);
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), String.class, round);
    }

    private HttpHeaders headers(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return headers;
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] docx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Báo cáo");
            document.write(out);
        }
        return out.toByteArray();
    }

    private static String vietnamese(LocalDate date) {
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static Map<String, byte[]> attachments(MimeMessage mail) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                files.put(part.getFileName(), part.getInputStream().readAllBytes());
            }
        }
        return files;
    }
}

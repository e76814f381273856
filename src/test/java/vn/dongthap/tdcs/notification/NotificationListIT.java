package vn.dongthap.tdcs.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;

/**
 * GET /api/notifications pages through the whole outbox (page, size, total) and filters it by kind, status and
 * recipient: an operator finds a given officer's reminders among thousands of mails, not only the latest 50.
 */
@PostgresIntegrationTest
class NotificationListIT {

    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Value("${app.demo.password}")
    String password;

    private final ObjectMapper json = new ObjectMapper();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<Long> added = new ArrayList<>();

    @BeforeEach
    void fillOutbox() {
        // 7 reminders and 3 new-task notices to this run's commune, 2 reminders to another address
        for (int i = 0; i < 7; i++) {
            add("deadline-reminder", "xa-" + run + "@dongthap.example", i);
        }
        for (int i = 0; i < 3; i++) {
            add("task-new", "xa-" + run + "@dongthap.example", 10 + i);
        }
        for (int i = 0; i < 2; i++) {
            add("deadline-reminder", "so-" + run + "@dongthap.example", 20 + i);
        }
        outbox.mark(added.get(0), Outbox.Status.HET_LUOT, "Máy chủ thư không trả lời");
    }

    @AfterEach
    void removeMails() {
        added.forEach(id -> jdbc.sql("delete from kehoach.notification_outbox where id = ?").param(id).update());
    }

    @Test
    void pagesAndFiltersTheOutbox() throws Exception {
        JsonNode reminders = list("?kind=deadline-reminder&recipient=xa-" + run + "&size=3");
        assertThat(reminders.path("total").asLong()).isEqualTo(7);
        assertThat(reminders.path("page").asInt()).isEqualTo(1);
        assertThat(reminders.path("size").asInt()).isEqualTo(3);
        assertThat(subjects(reminders)).containsExactly("Thư 6 " + run, "Thư 5 " + run, "Thư 4 " + run);

        JsonNode last = list("?kind=deadline-reminder&recipient=XA-" + run + "&size=3&page=3");
        assertThat(subjects(last)).containsExactly("Thư 0 " + run);

        JsonNode notices = list("?kind=task-new&recipient=" + run);
        assertThat(notices.path("total").asLong()).isEqualTo(3);
        assertThat(notices.path("items")).allSatisfy(mail -> assertThat(mail.path("kind").asText()).isEqualTo("task-new"));

        JsonNode everyone = list("?recipient=" + run + "&size=500");
        assertThat(everyone.path("total").asLong()).isEqualTo(12);
        JsonNode givenUp = list("?status=HET_LUOT&recipient=" + run);
        assertThat(subjects(givenUp)).containsExactly("Thư 0 " + run);
        // a "%" in the filter is a character, not a wildcard
        assertThat(list("?recipient=%25" + run).path("total").asLong()).isZero();
    }

    @Test
    void refusesAPageOutOfRangeInVietnamese() {
        ResponseEntity<String> response = http.withBasicAuth("admin", adminPassword())
                .getForEntity("/api/notifications?page=0", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Số trang");
        ResponseEntity<String> tooLarge = http.withBasicAuth(DemoUsers.MANAGER, password)
                .getForEntity("/api/notifications?size=501", String.class);
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLarge.getBody()).contains("Số thư mỗi trang");
    }

    @Value("${camunda.bpm.admin-user.password}")
    String adminPasswordValue;

    private String adminPassword() {
        return adminPasswordValue;
    }

    private JsonNode list(String query) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(DemoUsers.MANAGER, password)
                .getForEntity("/api/notifications" + query, String.class);
        assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> subjects(JsonNode page) {
        List<String> subjects = new ArrayList<>();
        page.path("items").forEach(mail -> subjects.add(mail.path("subject").asText()));
        return subjects;
    }

    private void add(String kind, String recipient, int n) {
        int number = n % 10;
        added.add(outbox.add("test:" + run + ":" + n, kind, recipient, "Thư " + number + " " + run, "<p>thư</p>",
                "thư", null, Instant.now()).orElseThrow());
    }
}

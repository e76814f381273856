package vn.dongthap.tdcs.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/** The Prometheus endpoint: the round's units by state, overdue units and the outbox, never to anonymous callers. */
@PostgresIntegrationTest
class MonitoringIT {

    private static final Pattern METRIC = Pattern.compile("\\b((?:kehoach|camunda|jvm|http|executor|hikaricp|process|tomcat)_[a-z_]+)");

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    OperationsMetrics metrics;
    @Autowired
    TestRestTemplate http;
    @Value("${app.demo.password}")
    String password;

    String round;

    @BeforeEach
    void roundInProgress() {
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of("xa-tan-hong", "xa-my-tho", "phuong-my-tho"),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        reporting.submit(round, "xa-tan-hong", DemoUsers.officerOf("xa-tan-hong"), DemoUsers.leaderOf("xa-tan-hong"));
    }

    @AfterEach
    void purge() {
        ClockUtil.reset();
        reporting.purgeRound(round);
    }

    @Test
    void theEndpointShowsTheRoundsUnitsAndTheOutbox() {
        metrics.refresh();
        String scrape = scrape(DemoUsers.MANAGER).getBody();

        assertThat(scrape).contains("kehoach_round_units{round=\"" + round + "\",state=\"da-nop-dung-han\"} 1.0");
        assertThat(scrape).contains("kehoach_round_units{round=\"" + round + "\",state=\"dang-soan\"} 2.0");
        assertThat(scrape).contains("kehoach_round_units_overdue{round=\"" + round + "\"} 0.0");
        assertThat(scrape).containsPattern("kehoach_rounds_open [1-9]");
        // opening the round queued new-task mails for the officers
        assertThat(scrape).containsPattern("kehoach_outbox_mails\\{status=\"CHO_GUI\"} [1-9]");
        assertThat(scrape).contains("kehoach_outbox_oldest_waiting_seconds");
        assertThat(scrape).contains("camunda_jobs_total{result=\"job-successful\"}");
    }

    @Test
    void unitsNotSubmittedAreOverdueFromTheDayAfterTheDeadline() {
        ClockUtil.setCurrentTime(Date.from(LocalDate.now().plusDays(40).atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant()));
        metrics.refresh();
        assertThat(scrape(DemoUsers.MANAGER).getBody()).contains("kehoach_round_units_overdue{round=\"" + round + "\"} 2.0");
    }

    @Test
    void scrapesWhileTheFiguresAreRefreshedAlwaysAnswer() throws Exception {
        var threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Integer>> scrapes = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            threads.submit(() -> metrics.refresh());
            scrapes.add(threads.submit(() -> scrape(DemoUsers.MANAGER).getStatusCode().value()));
        }
        for (var scrape : scrapes) {
            assertThat(scrape.get()).isEqualTo(200);
        }
        threads.shutdown();
    }

    @Test
    void anonymousCallersAndOfficersAreRefused() {
        ResponseEntity<String> anonymous = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getBody()).doesNotContain("kehoach_").contains("Cần đăng nhập");
        ResponseEntity<String> officer = scrape(DemoUsers.officerOf("xa-tan-hong"));
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(officer.getBody()).doesNotContain("kehoach_").contains("Chỉ quản trị viên và cán bộ quản lý");
    }

    @Test
    void theGrafanaDashboardAndTheAlertsNameOnlyMetricsTheApplicationExposes() throws Exception {
        metrics.refresh();
        http.withBasicAuth(DemoUsers.MANAGER, password).getForEntity("/api/units", String.class); // an HTTP request metric
        String scrape = scrape(DemoUsers.MANAGER).getBody();
        JsonNode dashboard = new ObjectMapper().readTree(Files.readString(Path.of("docker/monitoring/grafana/dashboards/ke-hoach-752.json")));
        Set<String> named = new TreeSet<>();
        dashboard.get("panels").forEach(panel -> panel.get("targets").forEach(target -> named.addAll(metricsIn(target.get("expr").asText()))));
        named.addAll(metricsIn(Files.readString(Path.of("docker/monitoring/prometheus/alerts.yml"))));

        assertThat(named).contains("kehoach_round_units", "kehoach_outbox_oldest_waiting_seconds", "camunda_incidents");
        for (String metric : named) {
            assertThat(scrape).as("exposed: " + metric).containsPattern("(?m)^" + metric + "[{ ]");
        }
    }

    private static Set<String> metricsIn(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = METRIC.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private ResponseEntity<String> scrape(String user) {
        return http.withBasicAuth(user, password).getForEntity("/actuator/prometheus", String.class);
    }
}

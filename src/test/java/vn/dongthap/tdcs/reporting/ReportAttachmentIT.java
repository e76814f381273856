package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/** The signed report file: only PDF/DOCX within the limit, only by the unit, kept with the submission. */
@PostgresIntegrationTest
class ReportAttachmentIT {

    private static final String UNIT = "xa-tan-hong";

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Value("${app.demo.password}")
    String password;
    @Value("${app.reporting.attachment-max-bytes}")
    long maxBytes;

    String round;

    @BeforeEach
    void openRound() {
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of(UNIT, "xa-an-long"),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
    }

    @AfterEach
    void purge() {
        reporting.purgeRound(round);
    }

    @Test
    void anOfficerAttachesASignedPdfAndItTravelsWithTheApprovedReport() {
        byte[] pdf = "%PDF-1.4\n% báo cáo đã ký\n".getBytes(StandardCharsets.UTF_8);
        ResponseEntity<String> uploaded = upload(DemoUsers.officerOf(UNIT), "bao-cao-da-ky.pdf", pdf, true);
        assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = jdbc.sql("""
                        select a.id from kehoach.report_attachment a join kehoach.report_round r on r.id = a.round_id
                        where r.round_key = ? and a.unit_id = ?""")
                .params(round, UNIT).query(Long.class).single();

        reporting.submit(round, UNIT, DemoUsers.officerOf(UNIT), DemoUsers.leaderOf(UNIT));
        Long linked = jdbc.sql("""
                        select s.attachment_id from kehoach.submission s join kehoach.report_round r on r.id = s.round_id
                        where r.round_key = ? and s.unit_id = ?""")
                .params(round, UNIT).query(Long.class).single();
        assertThat(linked).isEqualTo(id);

        ResponseEntity<byte[]> download = get(DemoUsers.CONSOLIDATOR, "/" + id, byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Arrays.equals(download.getBody(), pdf)).isTrue();
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    }

    @Test
    void aWordDocumentIsAccepted() throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Báo cáo đã ký");
            document.write(docx);
        }
        ResponseEntity<String> uploaded = upload(DemoUsers.leaderOf(UNIT), "bao-cao.docx", docx.toByteArray(), true);
        assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(uploaded.getBody()).contains("wordprocessingml");
    }

    @Test
    void aPdfIsKeptAndDownloadedAsPdfWhateverItsNameSaid() {
        byte[] pdf = "%PDF-1.7\n% báo cáo\n".getBytes(StandardCharsets.UTF_8);
        ResponseEntity<String> exe = upload(DemoUsers.officerOf(UNIT), "bao-cao.exe", pdf, true);
        assertThat(exe.getStatusCode()).as(exe.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(exe.getBody()).contains("\"fileName\":\"bao-cao.pdf\"");
        ResponseEntity<String> html = upload(DemoUsers.officerOf(UNIT), "bao-cao.pdf.html", pdf, true);
        assertThat(html.getBody()).contains("\"fileName\":\"bao-cao.pdf\"");

        List<Long> ids = jdbc.sql("""
                        select a.id from kehoach.report_attachment a join kehoach.report_round r on r.id = a.round_id
                        where r.round_key = ? and a.unit_id = ? order by a.id""")
                .params(round, UNIT).query(Long.class).list();
        assertThat(ids).hasSize(2);
        for (long id : ids) {
            ResponseEntity<byte[]> download = get(DemoUsers.CONSOLIDATOR, "/" + id, byte[].class);
            assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
            assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("bao-cao.pdf");
        }
    }

    @Test
    void otherFilesAreRefusedInVietnameseAndNothingIsStored() {
        ResponseEntity<String> exe = upload(DemoUsers.officerOf(UNIT), "bao-cao.pdf", "MZ\u0090\u0000".getBytes(), true);
        assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exe.getBody()).contains("không phải PDF hoặc Word (DOCX)");

        byte[] tooLarge = new byte[(int) maxBytes + 1];
        System.arraycopy("%PDF-".getBytes(), 0, tooLarge, 0, 5);
        ResponseEntity<String> large = upload(DemoUsers.officerOf(UNIT), "rat-lon.pdf", tooLarge, true);
        assertThat(large.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(large.getBody()).contains("vượt mức cho phép 10,0 MB");

        ResponseEntity<String> otherUnit = upload(DemoUsers.officerOf("xa-an-long"), "gia-mao.pdf", "%PDF-1.4".getBytes(), true);
        assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> forged = upload(DemoUsers.officerOf(UNIT), "bao-cao.pdf", "%PDF-1.4".getBytes(), false);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(jdbc.sql("select count(*) from kehoach.report_attachment a join kehoach.report_round r on r.id = a.round_id"
                + " where r.round_key = ?").param(round).query(Integer.class).single()).isZero();
    }

    private ResponseEntity<String> upload(String user, String fileName, byte[] content, boolean withHeader) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (withHeader) {
            headers.set("X-Requested-With", "XMLHttpRequest");
        }
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.exchange("/api/rounds/{round}/units/{unit}/attachments", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class, round, UNIT);
    }

    private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return http.exchange("/api/rounds/{round}/units/{unit}/attachments" + path, HttpMethod.GET,
                new HttpEntity<>(headers), type, round, UNIT);
    }
}

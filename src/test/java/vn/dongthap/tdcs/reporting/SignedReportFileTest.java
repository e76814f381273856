package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignedReportFileTest {

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource({
        "bao-cao.exe,           application/pdf, bao-cao.pdf",
        "bao-cao.pdf.html,      application/pdf, bao-cao.pdf",
        "bao-cao.docx.html,     application/pdf, bao-cao.docx.pdf",
        "bao-cao.PDF,           application/pdf, bao-cao.pdf",
        "bao-cao,               application/pdf, bao-cao.pdf",
        "bao-cao-12.2025,       application/pdf, bao-cao-12.2025.pdf",
        ".html,                 application/pdf, bao-cao.pdf",
        "C:\\tai-lieu\\Báo cáo.pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, Báo cáo.docx",
    })
    void theStoredNameEndsWithTheExtensionOfWhatTheFileIs(String uploaded, String contentType, String stored) {
        assertThat(SignedReportFile.storedName(uploaded, contentType)).isEqualTo(stored);
    }
}

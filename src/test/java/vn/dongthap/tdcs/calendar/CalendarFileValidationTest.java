package vn.dongthap.tdcs.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.io.FileSystemResource;

/** A malformed calendar file is refused with messages that name the file, the entry and the problem. */
class CalendarFileValidationTest {

    private static final String FILE = "lich-lam-viec.yaml";
    private static final String HEADER = """
            weeklyDaysOff: [SATURDAY, SUNDAY]
            years:
              2026:
                daysOff:
                  - date: 2026-01-01
                    name: Tết Dương lịch
            """;

    @TempDir
    Path dir;

    @Test
    void duplicateDateInOneList() throws IOException {
        assertThat(problems(HEADER + """
                      - date: 2026-01-01
                        name: Tết Dương lịch
                """)).containsExactly("Tệp lich-lam-viec.yaml, năm 2026, daysOff mục 2: ngày 01/01/2026 đã được liệt kê"
                + " ở năm 2026, daysOff mục 1; mỗi ngày chỉ ghi một lần.");
    }

    @Test
    void dateListedAsDayOffAndAsWorkingDay() throws IOException {
        assertThat(problems(HEADER + """
                      - date: 2026-01-10
                        name: Nghỉ thử
                    workingDays:
                      - date: 2026-01-10
                        name: Làm bù cho ngày 02/01/2026
                """)).containsExactly("Tệp lich-lam-viec.yaml, năm 2026, workingDays mục 1: ngày 10/01/2026 đã được liệt kê"
                + " ở năm 2026, daysOff mục 2; một ngày không thể vừa là ngày nghỉ vừa là ngày làm việc bù.");
    }

    @Test
    void dateInTheWrongYearSection() throws IOException {
        assertThat(problems(HEADER + """
                      - date: 2027-01-01
                        name: Tết Dương lịch
                """)).containsExactly("Tệp lich-lam-viec.yaml, năm 2026, daysOff mục 2: ngày 01/01/2027 không thuộc"
                + " năm 2026 (chuyển mục này sang phần năm 2027).");
    }

    @Test
    void badDateStrings() throws IOException {
        assertThat(problems(HEADER + """
                      - date: 2026-02-30
                        name: Ngày không có thật
                      - date: 02/01/2026
                        name: Sai định dạng
                """)).containsExactly(
                "Tệp lich-lam-viec.yaml, năm 2026, daysOff mục 2: ngày \"2026-02-30\" không hợp lệ"
                        + " (cần dạng yyyy-MM-dd, ví dụ 2026-01-01).",
                "Tệp lich-lam-viec.yaml, năm 2026, daysOff mục 3: ngày \"02/01/2026\" không hợp lệ"
                        + " (cần dạng yyyy-MM-dd, ví dụ 2026-01-01).");
    }

    @Test
    void unknownField() throws IOException {
        assertThat(problems(HEADER + """
                      - dat: 2026-01-02
                        name: Nghỉ Tết Dương lịch
                """)).containsExactly("Tệp lich-lam-viec.yaml, dòng 7, mục years.2026.daysOff[2].dat: trường \"dat\""
                + " không được hỗ trợ (viết sai tên trường?). Các trường hợp lệ: date, name.");
        assertThat(problems(HEADER.replace("years:", "year:"))).containsExactly("Tệp lich-lam-viec.yaml, dòng 2,"
                + " mục year: trường \"year\" không được hỗ trợ (viết sai tên trường?). Các trường hợp lệ:"
                + " weeklyDaysOff, years.");
    }

    @Test
    void nonUtf8Bytes() throws IOException {
        String text = HEADER.replace("Tết Dương lịch", "Tet Duong lich") + """
                      - date: 2026-01-02
                        name: Nghỉ Têt
                """;
        // A legacy Vietnamese editor (windows-1258) writes "ê" as the single byte 0xEA, which is not valid UTF-8.
        Path file = dir.resolve(FILE);
        Files.write(file, text.replace("Nghỉ", "Nghi").getBytes(Charset.forName("windows-1258")));

        assertThat(refuse(file).problems()).containsExactly("Tệp lich-lam-viec.yaml: không phải văn bản UTF-8 hợp lệ"
                + " (byte thứ " + (text.indexOf("ê") + 1) + ", dòng 8). Hãy lưu lại tệp với mã hóa UTF-8.");
    }

    @Test
    void repeatedYearSection() throws IOException {
        assertThat(problems(HEADER + """
                  2026:
                    daysOff:
                      - date: 2026-04-30
                        name: Ngày Chiến thắng
                """)).containsExactly("Tệp lich-lam-viec.yaml, dòng 7, mục years: khóa \"2026\" bị lặp lại; mỗi khóa chỉ được"
                + " xuất hiện một lần trong cùng một nhóm.");
    }

    @Test
    void malformedYearKeyAndWeekdays() throws IOException {
        assertThat(problems("""
                weeklyDaysOff: [SATURDAY, SUNDAY, CN]
                years:
                  20x6:
                    daysOff:
                      - date: 2026-01-01
                        name: Tết Dương lịch
                """)).containsExactly(
                "Tệp lich-lam-viec.yaml, phần weeklyDaysOff: \"CN\" không phải tên ngày trong tuần"
                        + " (dùng MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY).",
                "Tệp lich-lam-viec.yaml, năm \"20x6\": khóa năm phải gồm đúng 4 chữ số (ví dụ 2026).");
    }

    @Test
    void workingDayThatIsAlreadyAWorkingDay() throws IOException {
        assertThat(problems(HEADER + """
                    workingDays:
                      - date: 2026-01-12
                        name: Làm bù
                """)).containsExactly("Tệp lich-lam-viec.yaml, năm 2026, workingDays mục 1: ngày 12/01/2026 là thứ Hai,"
                + " vốn đã là ngày làm việc; workingDays chỉ dành cho ngày nghỉ hằng tuần được đổi thành ngày làm việc"
                + " (làm bù).");
    }

    @Test
    void missingPartsAreAllReportedTogether() throws IOException {
        assertThat(problems("""
                weeklyDaysOff: []
                years:
                  2026:
                    workingDays:
                      - date: 2026-01-10
                      -
                  2027:
                """)).containsExactly(
                "Tệp lich-lam-viec.yaml, phần weeklyDaysOff: thiếu danh sách ngày nghỉ hằng tuần (ví dụ [SATURDAY, SUNDAY]).",
                "Tệp lich-lam-viec.yaml, năm 2026: thiếu danh sách ngày nghỉ lễ (daysOff); mỗi năm có ít nhất Tết Dương lịch.",
                "Tệp lich-lam-viec.yaml, năm 2026, workingDays mục 1: thiếu tên ngày (trường \"name\").",
                "Tệp lich-lam-viec.yaml, năm 2026, workingDays mục 2: mục rỗng (cần date và name).",
                "Tệp lich-lam-viec.yaml, năm 2027: thiếu danh sách ngày nghỉ lễ (daysOff); mỗi năm có ít nhất Tết Dương lịch.");
    }

    @Test
    void wrongShapeAndEmptyFile() throws IOException {
        assertThat(problems("""
                weeklyDaysOff: SATURDAY
                years: {}
                """)).containsExactly("Tệp lich-lam-viec.yaml, dòng 1, mục weeklyDaysOff: cần một danh sách"
                + " (mỗi phần tử một dòng bắt đầu bằng \"- \").");
        assertThat(problems("  \n")).containsExactly("Tệp lich-lam-viec.yaml: tệp rỗng.");
    }

    @Test
    void startupReportShowsTheProblems() throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, HEADER.replace("2026-01-01", "2026-13-01"), StandardCharsets.UTF_8);
        CalendarDataException e = refuse(file);

        FailureAnalysis analysis = new CalendarDataFailureAnalyzer().analyze(new IllegalStateException(e));

        assertThat(analysis.getDescription()).isEqualTo("Dữ liệu lịch làm việc không hợp lệ:\n - Tệp lich-lam-viec.yaml,"
                + " năm 2026, daysOff mục 1: ngày \"2026-13-01\" không hợp lệ (cần dạng yyyy-MM-dd, ví dụ 2026-01-01).");
        assertThat(analysis.getAction()).contains("app.calendar.file");
    }

    private List<String> problems(String yaml) throws IOException {
        Path file = dir.resolve(FILE);
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return refuse(file).problems();
    }

    private static CalendarDataException refuse(Path file) {
        CalendarDataException e = catchThrowableOfType(CalendarDataException.class,
                () -> WorkingCalendar.from(new FileSystemResource(file)));
        assertThat(e).as("tệp lịch phải bị từ chối").isNotNull();
        return e;
    }
}

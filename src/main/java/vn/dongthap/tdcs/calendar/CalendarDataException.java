package vn.dongthap.tdcs.calendar;

import java.util.List;

/** The working calendar file cannot be used; each problem names the file, the entry and what is wrong. */
public class CalendarDataException extends RuntimeException {

    private final List<String> problems;

    public CalendarDataException(List<String> problems) {
        super("Dữ liệu lịch làm việc không hợp lệ:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package vn.dongthap.tdcs.plan;

import java.util.List;

/** A data file that cannot be loaded; each problem names the file, the entry and what is wrong. */
public class PlanDataException extends RuntimeException {

    private final List<String> problems;

    public PlanDataException(List<String> problems) {
        super("Dữ liệu kế hoạch/đơn vị không hợp lệ:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

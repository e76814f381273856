package vn.dongthap.tdcs.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.documents.DocumentFormats;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;

/**
 * The figures a unit report carries besides its tasks, as the round's plan version declares them
 * (reportingRegime.figures) and asks them (items' figures): validation, the leader's summary and the
 * Vietnamese text every output prints. Nothing here names a particular figure.
 */
@Component
public class ReportFigures {

    private final PlanRegisterQueries plan;

    ReportFigures(PlanRegisterQueries plan) {
        this.plan = plan;
    }

    /** Every figure the plan version declares, in the plan's order: the columns of the outputs. */
    public List<PlanViews.Figure> declared(long planVersionId) {
        return plan.figures(planVersionId);
    }

    /** The figures this unit must report in a round on this plan version. */
    public List<PlanViews.Figure> askedOf(long planVersionId, String unitId) {
        return plan.figuresAskedOf(planVersionId, unitId);
    }

    /** The asked figures' values from the submitted form, each checked; figures not asked are ignored. */
    Map<String, BigDecimal> parse(VariableScope scope, List<PlanViews.Figure> asked) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (PlanViews.Figure figure : asked) {
            values.put(figure.key(), FormValues.figure(figure, scope.getVariable(figure.key())));
        }
        return values;
    }

    /** What the leader approves, one line per figure: "Số hộ được vay vốn: 1.250 hộ". */
    static String summary(List<PlanViews.Figure> asked, Map<String, BigDecimal> values) {
        return asked.stream().filter(f -> values.get(f.key()) != null)
                .map(f -> f.label() + ": " + text(f, values.get(f.key())) + " " + f.unit())
                .collect(Collectors.joining("\n"));
    }

    /** A value as Vietnamese writes it with the figure's decimals, e.g. 1.500,50; null is "". */
    public static String text(PlanViews.Figure figure, BigDecimal value) {
        return DocumentFormats.number(value, figure.decimals());
    }
}

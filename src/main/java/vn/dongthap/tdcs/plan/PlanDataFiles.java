package vn.dongthap.tdcs.plan;

import org.springframework.core.io.Resource;

/**
 * The data files as the loader reads them (strict YAML, every problem listed), validated, without touching the
 * database: for what needs the register before or outside the application (the forms of the process-model tests).
 */
public final class PlanDataFiles {

    /** The units file and the plan file after validation. */
    public record Content(UnitsFile units, PlanFile plan) {
    }

    private PlanDataFiles() {
    }

    public static Content read(Resource unitsResource, Resource planResource) {
        UnitsFile units = DataFileReader.read(unitsResource, UnitsFile.class);
        PlanFile plan = DataFileReader.read(planResource, PlanFile.class);
        ValidatedRegister register = RegisterValidator.validate(units, DataFileReader.describe(unitsResource), plan,
                DataFileReader.describe(planResource));
        return new Content(register.units(), register.plan());
    }
}

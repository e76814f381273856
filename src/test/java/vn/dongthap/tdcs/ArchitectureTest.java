package vn.dongthap.tdcs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package layers of the architecture page: features use shared packages, not each other's internals. */
@AnalyzeClasses(packages = "vn.dongthap.tdcs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("vn.dongthap.tdcs.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule amendmentDoesNotUseReporting = noClasses().that().resideInAPackage("..tdcs.amendment..")
            .should().dependOnClassesThat().resideInAPackage("..tdcs.reporting..");

    @ArchTest
    static final ArchRule sharedPackagesUseNoFeature = noClasses().that()
            .resideInAnyPackage("..tdcs.platform..", "..tdcs.documents..")
            .should().dependOnClassesThat().resideInAnyPackage("..tdcs.reporting..", "..tdcs.amendment..",
                    "..tdcs.dashboard..", "..tdcs.notification..", "..tdcs.identity..", "..tdcs.plan..", "..tdcs.calendar..");
}

package vn.dongthap.tdcs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.dongthap.tdcs.platform.AppClock;

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

    /** Only AppClock reads "now" (the engine clock) or names a zone; System.nanoTime measures, it is not "now". */
    @ArchTest
    static final ArchRule onlyAppClockReadsTheClock = noClasses().that().doNotBelongToAnyOf(AppClock.class)
            .should().callMethodWhere(readsWallClockOrZone())
            .orShould().callConstructorWhere(readsWallClockByConstructor())
            .orShould().dependOnClassesThat().belongToAnyOf(ClockUtil.class)
            .because("\"now\" and the time zone come from platform.AppClock (engine clock, app.time-zone)");

    private static final Set<String> NOW_OWNERS = Stream.of(Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, ZonedDateTime.class, OffsetDateTime.class, OffsetTime.class, Year.class, YearMonth.class,
            MonthDay.class).map(Class::getName).collect(java.util.stream.Collectors.toSet());

    private static DescribedPredicate<JavaMethodCall> readsWallClockOrZone() {
        return DescribedPredicate.describe("read the wall clock or name a time zone", call -> {
            String owner = ownerOf(call);
            String name = call.getName();
            return NOW_OWNERS.contains(owner) && name.equals("now")
                    || owner.equals(System.class.getName()) && name.equals("currentTimeMillis")
                    || owner.equals(Clock.class.getName()) && name.startsWith("system")
                    || owner.equals(ZoneId.class.getName()) && (name.equals("of") || name.equals("systemDefault"))
                    || owner.equals(TimeZone.class.getName()) && (name.equals("getDefault") || name.equals("getTimeZone"))
                    || owner.equals(Calendar.class.getName()) && name.equals("getInstance");
        });
    }

    private static DescribedPredicate<JavaConstructorCall> readsWallClockByConstructor() {
        return DescribedPredicate.describe("construct a Date or Calendar of the wall clock", call ->
                (ownerOf(call).equals(Date.class.getName()) || ownerOf(call).equals(java.util.GregorianCalendar.class.getName()))
                        && call.getTarget().getRawParameterTypes().isEmpty());
    }

    private static String ownerOf(JavaCall<?> call) {
        return call.getTargetOwner().getName();
    }
}

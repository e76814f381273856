package vn.dongthap.tdcs.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the data files at startup; a malformed file (PlanDataFailureAnalyzer) or a plan file edited after
 * UBND tỉnh's decisions without app.plan-data.accept-file (PlanFileConflictFailureAnalyzer) stops startup.
 */
@Component
@Order(10)
class PlanRegisterStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanRegisterStartup.class);

    private final PlanRegisterLoader loader;
    private final PlanDataProperties properties;
    private final PlanFileAcceptance acceptance;

    PlanRegisterStartup(PlanRegisterLoader loader, PlanDataProperties properties, PlanFileAcceptance acceptance) {
        this.loader = loader;
        this.properties = properties;
        this.acceptance = acceptance;
    }

    @Override
    public void run(ApplicationArguments args) {
        LoadResult result = loader.load(properties.unitsFile(), properties.planFile(), "system", acceptance);
        log.info("Sổ kế hoạch: phiên bản {} (id {}){}; danh mục đơn vị {}", result.planVersionNo(), result.planVersionId(),
                result.newPlanVersion() ? " mới nạp" : " không đổi", result.unitsUpdated() ? "đã cập nhật" : "không đổi");
    }
}

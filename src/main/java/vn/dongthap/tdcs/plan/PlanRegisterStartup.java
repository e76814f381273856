package vn.dongthap.tdcs.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the data files at startup; a malformed file stops startup (see PlanDataFailureAnalyzer). */
@Component
@Order(10)
class PlanRegisterStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanRegisterStartup.class);

    private final PlanRegisterLoader loader;
    private final PlanDataProperties properties;

    PlanRegisterStartup(PlanRegisterLoader loader, PlanDataProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        LoadResult result = loader.load(properties.unitsFile(), properties.planFile(), "system");
        log.info("Sổ kế hoạch: phiên bản {} (id {}){}; danh mục đơn vị {}", result.planVersionNo(), result.planVersionId(),
                result.newPlanVersion() ? " mới nạp" : " không đổi", result.unitsUpdated() ? "đã cập nhật" : "không đổi");
    }
}

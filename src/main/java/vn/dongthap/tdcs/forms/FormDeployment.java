package vn.dongthap.tdcs.forms;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanVersionCreated;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.cluster.TransactionLock;

/**
 * Renders the form templates from the register and deploys what changed: at startup (after the data files are
 * loaded), after a new plan version is committed, and each night (a version decided with a later effective date
 * comes into force without any event).
 */
@Component
@Order(15)
public class FormDeployment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FormDeployment.class);

    private final ProcessEngine engine;
    private final PlanRegisterQueries register;
    private final TransactionTemplate newTransaction;
    private final AppClock clock;
    private final TransactionLock formsLock;

    FormDeployment(ProcessEngine engine, PlanRegisterQueries register, PlatformTransactionManager transactions,
                   AppClock clock, TransactionLock formsLock) {
        this.formsLock = formsLock;
        this.engine = engine;
        this.register = register;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        deploy();
    }

    /**
     * After the decision's transaction commits; in a transaction of its own (data access in an after-commit phase
     * would otherwise join the finished one and never commit). A failure leaves the previous forms, which the
     * nightly check or the next start replaces; the decision itself stands.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void planVersionCreated(PlanVersionCreated event) {
        try {
            deploy();
        } catch (RuntimeException e) {
            log.error("Không triển khai được biểu mẫu sau khi tạo phiên bản kế hoạch {}: {}", event.versionId(), e.toString(), e);
        }
    }

    @Scheduled(cron = "${app.forms.refresh-cron}", zone = "${app.time-zone}")
    void nightly() {
        try {
            deploy();
        } catch (RuntimeException e) {
            log.error("Không cập nhật được biểu mẫu: {}", e.toString(), e);
        }
    }

    /** Renders every form from the register as it is now and deploys those that differ; returns their ids. */
    public List<String> deploy() {
        List<String> deployed = newTransaction.execute(status -> {
            // Every node runs the nightly check at the same minute: one renders and deploys, the next finds it done.
            formsLock.acquire("forms");
            Long version = register.versionInForce(clock.today()).orElse(null);
            return FormDeployer.deploy(engine, FormTemplates.render(FormOptions.fromRegister(register, version)));
        });
        if (deployed.isEmpty()) {
            log.info("Biểu mẫu: danh mục đơn vị và nhiệm vụ không đổi");
        } else {
            log.info("Đã triển khai lại {} biểu mẫu theo danh mục đơn vị và kế hoạch hiện hành: {}", deployed.size(), deployed);
        }
        return deployed;
    }
}

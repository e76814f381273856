package vn.dongthap.tdcs.platform.cluster;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Releases the startup lock after the last startup runner (the job executor and the mail delivery start after the
 * runners). A start that fails closes the context, and {@link StartupLock#destroy()} releases it then: a JVM that
 * stays up (a test suite) never keeps other nodes waiting.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StartupLockRelease implements ApplicationRunner {

    private final StartupLock startupLock;

    StartupLockRelease(StartupLock startupLock) {
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        startupLock.release();
    }
}

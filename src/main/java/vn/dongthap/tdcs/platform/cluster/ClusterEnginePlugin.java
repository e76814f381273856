package vn.dongthap.tdcs.platform.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.stereotype.Component;

/**
 * The engine's part in a cluster: the startup lock is taken before the engine touches the database (schema,
 * deployment, admin user); the job executor locks jobs under this node's unique owner and the job log names the node
 * that ran each job, so that the job tables show which node holds or ran a job.
 */
@Component
class ClusterEnginePlugin extends AbstractProcessEnginePlugin {

    private final StartupLock startupLock;
    private final ClusterNode node;

    ClusterEnginePlugin(StartupLock startupLock, ClusterNode node) {
        this.startupLock = startupLock;
        this.node = node;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        startupLock.acquire();
        // The job log (ACT_HI_JOB_LOG.HOSTNAME_) and the metrics reporter name the node instead of its address.
        configuration.setHostname(node.name());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor jobExecutor = configuration.getJobExecutor();
        if (jobExecutor != null) {
            jobExecutor.setLockOwner(node.lockOwner());
        }
    }
}

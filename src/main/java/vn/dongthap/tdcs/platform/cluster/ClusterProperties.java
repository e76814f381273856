package vn.dongthap.tdcs.platform.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One application node among several on the same database (docs/van-hanh.md).
 *
 * @param nodeName          a name operators recognise (env APP_CLUSTER_NODENAME), shown in the logs, in the job
 *                          executor's lock owner and in the outbox's claimed_by; the host name when not set
 * @param startupLockWait   how long a starting node waits for another node's startup work before giving up
 */
@ConfigurationProperties("app.cluster")
public record ClusterProperties(String nodeName, @DefaultValue("10m") Duration startupLockWait) {
}

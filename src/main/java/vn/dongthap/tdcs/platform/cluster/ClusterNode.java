package vn.dongthap.tdcs.platform.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * This node's identity among the nodes sharing the database. {@link #lockOwner()} carries a random suffix: two
 * nodes given the same name by mistake must still never take each other's job locks for their own (a node that
 * stops releases the jobs locked under its owner).
 */
@Component
public class ClusterNode {

    private final String name;
    private final String lockOwner;

    ClusterNode(ClusterProperties properties) {
        String configured = properties.nodeName() == null || properties.nodeName().isBlank()
                ? hostName() : properties.nodeName().strip();
        // The engine's lock owner and the outbox's claimed_by have room for it with the suffix.
        this.name = configured.length() > 80 ? configured.substring(0, 80) : configured;
        this.lockOwner = name + "/" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** The configured node name (app.cluster.node-name) or the host name. */
    public String name() {
        return name;
    }

    /** Unique per running JVM: name plus a random suffix. */
    public String lockOwner() {
        return lockOwner;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}

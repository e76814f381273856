package vn.dongthap.tdcs.platform;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds {@link EngineRefusalMappers} to every Jersey application of the server: the REST starter's /engine-rest
 * and the webapps' own engine API (/camunda/api/engine, which Tasklist uses), which Spring cannot configure
 * because the webapp starter builds it from a JAX-RS Application class. Jersey finds this class through
 * META-INF/services; "forced" keeps it active even where Jersey's auto-discovery is switched off.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class EngineRefusalResponses implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (context.getConfiguration().getRuntimeType() != RuntimeType.SERVER
                || context.getConfiguration().isRegistered(EngineRefusalMappers.ForEngineException.class)) {
            return;
        }
        context.register(EngineRefusalMappers.ForRestException.class);
        context.register(EngineRefusalMappers.ForEngineException.class);
        context.register(EngineRefusalMappers.ForAnyThrowable.class);
    }
}

package vn.dongthap.tdcs.platform;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Answers a {@link Refusal} on the engine's REST APIs in Camunda's own JSON shape ({type, message, code}), so
 * that Tasklist shows the message as it is. Camunda maps {@code RestException}, {@code ProcessEngineException} and
 * {@code Throwable} (its ExceptionHandler family): Jersey picks the mapper of the nearest exception type, then the
 * higher priority, so there is one mapper per type with a higher priority than Camunda's. Each takes only refusals
 * ({@link #isMappable}); every other exception still goes to Camunda's mapper.
 */
public abstract class EngineRefusalMappers<E extends Throwable> implements ExtendedExceptionMapper<E> {

    /** Above Camunda's mappers, which carry no priority (Priorities.USER). */
    static final int PRIORITY = Priorities.USER - 100;
    /** Camunda's name for a client error with a status of its own (it uses it for 403 and 404 too). */
    static final String TYPE = "InvalidRequestException";

    @Context
    private HttpServletRequest request;

    @Override
    public boolean isMappable(E exception) {
        return Refusal.in(exception).isPresent();
    }

    @Override
    public Response toResponse(E exception) {
        Refusal refusal = Refusal.in(exception).orElseThrow();
        RefusalLog.refused(currentUser(), request.getMethod(), request.getRequestURI(), refusal);
        ExceptionDto body = new ExceptionDto();
        body.setType(TYPE);
        body.setMessage(refusal.message());
        body.setCode(refusal.code());
        return Response.status(refusal.status()).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Both logins (the REST filter and the webapps' session) authenticate the request on the engine. */
    private static String currentUser() {
        ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
        Authentication authentication = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    @Priority(PRIORITY)
    public static final class ForRestException extends EngineRefusalMappers<RestException> {
    }

    @Priority(PRIORITY)
    public static final class ForEngineException extends EngineRefusalMappers<ProcessEngineException> {
    }

    @Priority(PRIORITY)
    public static final class ForAnyThrowable extends EngineRefusalMappers<Throwable> {
    }
}

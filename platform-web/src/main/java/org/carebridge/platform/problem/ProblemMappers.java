package org.carebridge.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.carebridge.platform.failure.Causes;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns every failure into {@code application/problem+json}: bad input names the field, nothing leaks a stack
 * trace, and an unexpected error is logged under an id the caller can quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Set<String> CONCURRENT_CHANGE = Set.of("23505", "40P01", "40001");
    /** Seconds a client should wait when the database is out of reach: about what a PostgreSQL restart takes. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        if (e.toProblem().status() == 403) {
            LOG.infof("authorisation refused: %s", e.getMessage());
        }
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return respond(Problem.of(400, "Bad Request", detail, errors));
    }

    /** Any body Jackson could not read: the field and what was expected, in the caller's terms (see BodyErrors). */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !(mapping.getProcessor() instanceof JsonParser)
                && mapping.getProcessor() != null) {
            return unexpected(e); // writing a response failed: our fault, not the caller's
        }
        Problem.FieldError error = BodyErrors.of(e);
        String reason = error.message().length() > 200 ? error.message().substring(0, 200) + "..." : error.message();
        return respond(Problem.of(400, "Bad Request", error.field() + ": " + reason,
                List.of(new Problem.FieldError(error.field(), reason))));
    }

    /** Quarkus maps MismatchedInputException (unknown field, wrong enum) itself, nearer than JsonProcessingException. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    /**
     * Quarkus maps InvalidDefinitionException itself, to a 500 with an empty body; a request body can raise it (a
     * repeated key once the record was complete: "no fallback setter"), so it is read like any other bad body.
     */
    @ServerExceptionMapper
    public Response undefined(InvalidDefinitionException e) {
        if (e.getProcessor() instanceof JsonParser) {
            LOG.infof("request body refused by a Jackson definition check: %s", e.getOriginalMessage());
        }
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        LOG.info("authorisation refused by role check");
        return respond(Problem.of(403, "Forbidden", "not allowed for your role", List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // Quarkus wraps JSON syntax errors of a request body in a 400 WebApplicationException
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        Response answer = respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(),
                List.of()));
        // a 405 says which methods the address does take (RFC 9110): the refusal's own Allow header is kept
        String allow = e.getResponse().getHeaderString("Allow");
        return allow == null ? answer : Response.fromResponse(answer).header("Allow", allow).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (concurrentChange(e)) {
            // two requests changed the same rows at the same moment (a region's first lead, one user's settings saved
            // twice at once): the loser retries
            LOG.infof("concurrent change refused: %s", e.getClass().getSimpleName());
            return respond(Problem.of(409, "Conflict", "changed by someone else at the same moment; try again",
                    List.of()));
        }
        if (databaseUnreachable(e)) {
            // PostgreSQL restarting or out of reach: nothing was changed, and the same request will work shortly
            LOG.warnf("database unreachable, answered 503: %s", e.getClass().getSimpleName());
            return Response.fromResponse(respond(Problem.of(503, "Service Unavailable",
                    "the database is out of reach for a moment; try again", List.of())))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s", errorId);
        return respond(Problem.of(500, "Internal Server Error", "unexpected error, reference " + errorId, List.of()));
    }

    /**
     * A concurrent change won, however deep the transaction wrapped it: a unique constraint refused the commit
     * (23505), or PostgreSQL broke a deadlock or a serialisation conflict by aborting this transaction (40P01, 40001;
     * e.g. two saves of the same settings at once). Nothing was changed; the same request may simply be sent again.
     */
    static boolean concurrentChange(Throwable e) {
        return Causes.of(e).stream().anyMatch(t -> t instanceof SQLException sql
                && CONCURRENT_CHANGE.contains(sql.getSQLState()));
    }

    /**
     * The connection to the database failed or was cut (SQL state class 08, or 57P01-57P03: shut down by an
     * administrator, crashed, not accepting connections yet), however deep the transaction wrapped it.
     */
    static boolean databaseUnreachable(Throwable e) {
        return Causes.of(e).stream().anyMatch(t -> t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]")));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Drops the method and parameter names of a resource method so the field reads as the client sent it. */
    static String fieldName(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName().startsWith("<")) {
                continue; // "<list element>" of List<@Pattern String>: members[0] says it already
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return !field.isEmpty() ? field.toString() : parameter != null ? parameter : "body";
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

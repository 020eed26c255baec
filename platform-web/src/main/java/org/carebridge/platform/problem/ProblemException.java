package org.carebridge.platform.problem;

import java.util.List;

/** A failure the caller can act on, turned into problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors;
    }

    /** Also used where the object exists but the caller may not know that: a 404 reveals nothing. */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not Found", what + " not found", List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(400, "Bad Request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public Problem toProblem() {
        return Problem.of(status, title, getMessage(), errors);
    }
}

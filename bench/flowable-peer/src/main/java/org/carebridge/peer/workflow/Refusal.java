package org.carebridge.peer.workflow;

/** A request the workflow refuses: the HTTP status and, for bad input, the field it names (problem+json). */
public final class Refusal extends RuntimeException {
    private final int status;
    private final String field;

    private Refusal(int status, String field, String detail) {
        super(detail);
        this.status = status;
        this.field = field;
    }

    public static Refusal badInput(String field, String detail) {
        return new Refusal(400, field, detail);
    }

    /** No token, or one that is not a valid access token of the realm for the Carebridge API. */
    public static Refusal unauthorized(String detail) {
        return new Refusal(401, null, detail);
    }

    public static Refusal forbidden(String detail) {
        return new Refusal(403, null, detail);
    }

    /** Unknown and foreign ids alike, as Carebridge answers them. */
    public static Refusal notFound(String what) {
        return new Refusal(404, null, what + " not found");
    }

    public static Refusal conflict(String detail) {
        return new Refusal(409, null, detail);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}

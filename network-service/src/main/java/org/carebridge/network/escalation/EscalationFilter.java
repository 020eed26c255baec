package org.carebridge.network.escalation;

import org.carebridge.network.vocabulary.AgeBand;
import org.carebridge.network.vocabulary.Barrier;
import org.carebridge.network.vocabulary.Urgency;
import org.carebridge.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.carebridge.platform.problem.QueryParams.enumOf;

/**
 * The inbox filters, parsed from query parameters (a bad value is a 400 naming the parameter). {@code owner} is a
 * coordinator's username, or {@link #UNCLAIMED} for the escalations nobody owns; null for any owner.
 */
public record EscalationFilter(EscalationStatus status, Barrier barrier, Urgency urgency, AgeBand ageBand,
                               String owner) {

    /** The owner filter's word for "nobody owns it yet"; a username is never matched against it. */
    public static final String UNCLAIMED = "none";
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,200}");

    public static EscalationFilter of(String status, String barrier, String urgency, String ageBand, String owner) {
        return new EscalationFilter(
                enumOf("status", status, EscalationStatus.class),
                enumOf("barrier", barrier, Barrier.class),
                enumOf("urgency", urgency, Urgency.class),
                blank(ageBand) ? null : ageBand(ageBand),
                blank(owner) ? null : owner(owner.strip()));
    }

    /** A JPQL condition on the region and every filter given, with its named parameters. */
    String where(String region, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("region = :region");
        params.put("region", region);
        add(where, params, "status", status);
        add(where, params, "barrier", barrier);
        add(where, params, "urgency", urgency);
        add(where, params, "ageBand", ageBand);
        if (UNCLAIMED.equals(owner)) {
            where.append(" and owner is null");
        } else {
            add(where, params, "owner", owner);
        }
        return where.toString();
    }

    static Map<String, Object> params() {
        return new HashMap<>();
    }

    private static void add(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    private static String owner(String owner) {
        if (!UNCLAIMED.equals(owner) && !USERNAME.matcher(owner).matches()) {
            throw ProblemException.badField("owner", "must be a username, or " + UNCLAIMED + " for unclaimed");
        }
        return owner;
    }

    private static AgeBand ageBand(String label) {
        try {
            return AgeBand.of(label.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("ageBand", "must be one of "
                    + Arrays.stream(AgeBand.values()).map(AgeBand::label).collect(Collectors.joining(", ")));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package org.carebridge.advisory.digest;

import jakarta.ws.rs.QueryParam;
import org.carebridge.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of the digest and its CSV export. {@code from} and {@code to} are the month range of the
 * first version, read only to be refused (400) rather than ignored, so an old client learns why.
 */
public record DigestQuery(
        @Parameter(description = "the caller's own region (the default)") @QueryParam("region") String region,
        @Parameter(description = "a calendar quarter as YYYY-Qn, e.g. 2026-Q4", required = true)
        @QueryParam("quarter") String quarter,
        @Parameter(hidden = true) @QueryParam("from") String from,
        @Parameter(hidden = true) @QueryParam("to") String to) {

    Quarter period() {
        refuse("from", from);
        refuse("to", to);
        return Quarter.parse("quarter", quarter);
    }

    private static void refuse(String parameter, String value) {
        if (value != null) {
            throw ProblemException.badField(parameter, "is not accepted: ask for one calendar quarter as quarter=YYYY-Qn");
        }
    }
}

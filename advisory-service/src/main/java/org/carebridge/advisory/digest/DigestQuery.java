package org.carebridge.advisory.digest;

import jakarta.ws.rs.QueryParam;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.problem.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of the digest and its CSV export. {@code from} and {@code to} are the month range of the
 * first version, read only to be refused (400) rather than ignored, so an old client learns why.
 */
public record DigestQuery(
        @Parameter(description = "the caller's own region (the default)",
                schema = @Schema(type = SchemaType.STRING, maxLength = REGION_LENGTH))
        @QueryParam("region") String region,
        @Parameter(description = "a calendar quarter as YYYY-Qn, e.g. 2026-Q4", required = true,
                schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-Q[1-4]$"))
        @QueryParam("quarter") String quarter,
        @Parameter(hidden = true) @QueryParam("from") String from,
        @Parameter(hidden = true) @QueryParam("to") String to) {

    /** A region's name is at most this long everywhere it is stored or carried (the events' {@code @Size}). */
    static final int REGION_LENGTH = 50;

    /** The region asked for, null for the caller's own. */
    String wantedRegion() {
        return QueryParams.text("region", region, REGION_LENGTH);
    }

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

package org.carebridge.advisory.digest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Aggregated, k-suppressed statistics of the cases of the caller's region opened in whole months from..to. */
@Path("/api/advisory/digest")
@RolesAllowed(Roles.ADVISORY_MEMBER)
public class DigestResource {

    static final String CSV = "text/csv";

    private final DigestService digests;

    public DigestResource(DigestService digests) {
        this.digests = digests;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Statistics of the cases opened in the months from..to (YYYY-MM, inclusive) of a region")
    public DigestView statistics(@QueryParam("region") String region, @QueryParam("from") String from,
                                 @QueryParam("to") String to) {
        return digests.statistics(region, month("from", from), month("to", to));
    }

    /** The same numbers as CSV (a suppressed number is an empty field), for a spreadsheet. */
    @GET
    @Path("/export.csv")
    @Produces(CSV)
    public Response export(@QueryParam("region") String region, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        DigestView view = statistics(region, from, to);
        return Response.ok(DigestCsv.of(view), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"digest-" + view.region().replaceAll("[^A-Za-z0-9-]", "_") + "-"
                        + view.from() + "-" + view.to() + ".csv\"")
                .build();
    }

    static YearMonth month(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badField(parameter, "is required, as YYYY-MM");
        }
        YearMonth month;
        try {
            month = YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(parameter, "must be a month as YYYY-MM");
        }
        // YearMonth reaches year 999999999, where adding the period's months would overflow
        if (month.getYear() < 1900 || month.getYear() > 9999) {
            throw ProblemException.badField(parameter, "must be a month between 1900-01 and 9999-12");
        }
        return month;
    }
}

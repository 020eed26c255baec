package org.carebridge.advisory.digest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Aggregated, k-suppressed statistics of the cases of the caller's region opened in one calendar quarter. Free
 * month ranges are refused: two overlapping ranges (Jan-Mar, Jan-Apr) would differ by one month alone and reveal
 * its small cells, although each answer is suppressed correctly on its own.
 */
@Path("/api/advisory/digest")
@RolesAllowed(Roles.ADVISORY_MEMBER)
public class DigestResource {

    static final String CSV = "text/csv";
    private static final String PERIOD = "Periods are calendar quarters, which never overlap: quarter=YYYY-Qn "
            + "(e.g. 2026-Q4, the cases opened October to December 2026). from and to are refused (400), so that "
            + "no two answers differ by a few months whose small cells the difference would reveal.";

    private final DigestService digests;

    public DigestResource(DigestService digests) {
        this.digests = digests;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Statistics of the cases of a region opened in one calendar quarter", description = PERIOD)
    public DigestView statistics(@BeanParam DigestQuery query) {
        return digests.statistics(query.wantedRegion(), query.period());
    }

    /** The same numbers as CSV (a suppressed number is an empty field), for a spreadsheet; same parameters. */
    @GET
    @Path("/export.csv")
    @Produces(CSV)
    @Operation(summary = "The statistics of one calendar quarter as CSV", description = PERIOD)
    public Response export(@BeanParam DigestQuery query) {
        DigestView view = statistics(query);
        return Response.ok(DigestCsv.of(view), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"digest-"
                        + view.region().replaceAll("[^A-Za-z0-9-]", "_") + "-" + view.quarter() + ".csv\"")
                .build();
    }
}

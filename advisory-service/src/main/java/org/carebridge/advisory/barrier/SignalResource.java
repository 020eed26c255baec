package org.carebridge.advisory.barrier;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.security.Roles;

import java.util.UUID;

/** Policy signals of my region, exportable as JSON and as PDF. */
@Path("/api/advisory/signals")
@RolesAllowed(Roles.ADVISORY_MEMBER)
public class SignalResource {

    private final SignalService signals;

    public SignalResource(SignalService signals) {
        this.signals = signals;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PageView<SignalReport> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return signals.list(PageRequest.of(page, size));
    }

    /** The report as JSON; a download of it is the export. */
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public SignalReport get(@PathParam("id") UUID id) {
        return signals.get(id);
    }

    /** In the language of {@code lang} (en, nl, nb, da; the web client passes its own), else of Accept-Language. */
    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id,
                        @Parameter(description = "en, nl, nb or da; a region may follow (nl-BE reads nl)",
                                schema = @Schema(type = SchemaType.STRING, pattern = SignalLabels.LANGUAGE_PATTERN))
                        @QueryParam("lang") String lang,
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        SignalLabels language = SignalLabels.forRequest(lang, acceptLanguage);
        // the same URL answers in another language for another Accept-Language: say so to caches
        return Response.ok(signals.pdf(id, language), "application/pdf")
                .header(HttpHeaders.CONTENT_LANGUAGE, language.locale().toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header("Content-Disposition", "attachment; filename=\"policy-signal-" + id + ".pdf\"").build();
    }
}

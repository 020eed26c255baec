package org.carebridge.network.catalogue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.network.vocabulary.Domain;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.problem.Problem;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.carebridge.platform.problem.QueryParams.enumOf;
import static org.carebridge.platform.problem.QueryParams.text;

/** The catalogue of organisations and offers: searched by the bridge, maintained by a network-admin. */
@Path("/api/network")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    static final String TEXT_CSV = "text/csv";
    /** Longest search text: words in a title or an organisation's name, not a document. */
    private static final int SEARCH_LENGTH = 200;

    private final CatalogueService catalogue;
    private final OfferImports imports;
    private final int maxImportBytes;

    public CatalogueResource(CatalogueService catalogue, OfferImports imports,
                             @ConfigProperty(name = "carebridge.catalogue.import.max-bytes", defaultValue = "2097152")
                             int maxImportBytes) {
        this.catalogue = catalogue;
        this.imports = imports;
        this.maxImportBytes = maxImportBytes;
    }

    @GET
    @Path("/organisations")
    @RolesAllowed({Roles.BRIDGE_COORDINATOR, Roles.NETWORK_ADMIN})
    public List<CatalogueForms.OrganisationView> organisations() {
        return catalogue.organisations();
    }

    @POST
    @Path("/organisations")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueForms.OrganisationView.class)))
    public Response addOrganisation(@Valid @NotNull CatalogueForms.OrganisationForm body) {
        return Response.status(Response.Status.CREATED).entity(catalogue.addOrganisation(body)).build();
    }

    @GET
    @Path("/offers")
    @RolesAllowed({Roles.BRIDGE_COORDINATOR, Roles.NETWORK_ADMIN})
    @Operation(summary = "Searches offers (a coordinator: of their region)",
            description = "domain; age (an age the offer covers); language (two letters); q (words in title or "
                    + "organisation); page/size.")
    public PageView<CatalogueForms.OfferView> search(@Parameter(schema = @Schema(implementation = Domain.class))
                                                     @QueryParam("domain") String domain,
                                                     @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                                             minimum = "0", maximum = "30"))
                                                     @QueryParam("age") String age,
                                                     @Parameter(schema = @Schema(type = SchemaType.STRING,
                                                             pattern = "^[a-z]{2}$"))
                                                     @QueryParam("language") String language,
                                                     @Parameter(schema = @Schema(type = SchemaType.STRING,
                                                             maxLength = SEARCH_LENGTH))
                                                     @QueryParam("q") String words, @QueryParam("page") String page,
                                                     @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return catalogue.search(enumOf("domain", domain, Domain.class), age(age),
                language(language), text("q", words, SEARCH_LENGTH), paging);
    }

    @POST
    @Path("/offers")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueForms.OfferView.class)))
    public Response addOffer(@Valid @NotNull CatalogueForms.OfferForm body) {
        return Response.status(Response.Status.CREATED).entity(catalogue.addOffer(body)).build();
    }

    @PUT
    @Path("/offers/{id}")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public CatalogueForms.OfferView updateOffer(@PathParam("id") UUID id, @Valid @NotNull CatalogueForms.OfferForm body) {
        return catalogue.updateOffer(id, body);
    }

    @DELETE
    @Path("/offers/{id}")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @APIResponse(responseCode = "204", description = "Done, nothing to answer")
    public Response deleteOffer(@PathParam("id") UUID id) {
        catalogue.deleteOffer(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/offers/import")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Consumes({TEXT_CSV, MediaType.TEXT_PLAIN})
    @Operation(summary = "Starts an import of offers from CSV: all rows or none; errors by row and column",
            description = "Answers 202 and the import's Location at once; the import validates every row, then "
                    + "stores all rows in one transaction. Follow it with GET /offers/imports/{id}.")
    @APIResponse(responseCode = "202", description = "Accepted: the import runs in the background; Location names its progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueForms.ImportView.class)))
    public Response importCsv(String csv) {
        if (csv != null && csv.getBytes(StandardCharsets.UTF_8).length > maxImportBytes) {
            throw new ProblemException(413, "Content Too Large", "the file is larger than " + maxImportBytes
                    + " bytes; split it", List.of(new Problem.FieldError("body", "at most " + maxImportBytes + " bytes")));
        }
        CatalogueForms.ImportView started = imports.start(csv);
        return Response.accepted(started).location(URI.create("/api/network/offers/imports/" + started.id())).build();
    }

    @GET
    @Path("/offers/imports/{id}")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Where an import stands: VALIDATING, STORING (processed of total rows), DONE or FAILED "
            + "(errors by row and column, or a reason)")
    public CatalogueForms.ImportView importStatus(@PathParam("id") UUID id) {
        return imports.view(id);
    }

    @GET
    @Path("/offers/export")
    @RolesAllowed({Roles.BRIDGE_COORDINATOR, Roles.NETWORK_ADMIN})
    @Produces(TEXT_CSV)
    public String exportCsv() {
        return catalogue.exportCsv();
    }

    private static Integer age(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            int age = Integer.parseInt(value.trim());
            if (age >= 0 && age <= 30) {
                return age;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badField("age", "must be a whole number from 0 to 30");
    }

    private static String language(String value) {
        if (blank(value)) {
            return null;
        }
        if (!value.trim().matches("[a-z]{2}")) {
            throw ProblemException.badField("language", "must be a two-letter language code");
        }
        return value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

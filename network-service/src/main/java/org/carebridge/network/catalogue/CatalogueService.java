package org.carebridge.network.catalogue;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.network.vocabulary.Domain;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;
import org.carebridge.platform.security.Roles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The catalogue. A network-admin maintains it for every region; a bridge coordinator searches the offers of their
 * own region (another region's organisation or offer is not found).
 */
@ApplicationScoped
public class CatalogueService {

    private final CurrentUser user;
    private final AuditTrail audit;

    public CatalogueService(CurrentUser user, AuditTrail audit) {
        this.user = user;
        this.audit = audit;
    }

    @Transactional
    public List<CatalogueForms.OrganisationView> organisations() {
        List<Organisation> all = admin() ? Organisation.listAll(Sort.by("name"))
                : Organisation.list("region", Sort.by("name"), myRegion());
        return all.stream().map(CatalogueForms.OrganisationView::of).toList();
    }

    @Transactional
    public CatalogueForms.OrganisationView addOrganisation(CatalogueForms.OrganisationForm form) {
        if (Organisation.named(form.name()).isPresent()) {
            throw ProblemException.conflict("organisation " + form.name() + " exists already");
        }
        Organisation o = new Organisation();
        o.id = UUID.randomUUID();
        o.name = form.name();
        o.region = form.region();
        o.contact = form.contact();
        o.persist();
        audit.record("CREATE", "organisation", o.id, null, o.name);
        return CatalogueForms.OrganisationView.of(o);
    }

    /** Search: domain, an age the offer must cover, a language it must speak, words in title or organisation. */
    @Transactional
    public PageView<CatalogueForms.OfferView> search(Domain domain, Integer age, String language, String words,
                                                     PageRequest paging) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (!admin()) {
            where.append(" and o.region = :region");
            params.put("region", myRegion());
        }
        if (domain != null) {
            where.append(" and o.domain = :domain");
            params.put("domain", domain);
        }
        if (age != null) {
            where.append(" and o.minAge <= :age and o.maxAge >= :age");
            params.put("age", age);
        }
        if (language != null) {
            where.append(" and array_contains(o.languages, :language)");
            params.put("language", language);
        }
        if (words != null) {
            where.append(" and (lower(o.title) like :words or o.organisationId in "
                    + "(select g.id from Organisation g where lower(g.name) like :words))");
            params.put("words", "%" + words.toLowerCase() + "%");
        }
        var query = Offer.<Offer>find("from Offer o where " + where, Sort.by("title").and("id"), params);
        List<Offer> page = query.page(paging.page(), paging.size()).list();
        return new PageView<>(views(page), paging.page(), paging.size(), query.count());
    }

    @Transactional
    public CatalogueForms.OfferView addOffer(CatalogueForms.OfferForm form) {
        Organisation organisation = organisationOf(form);
        checkAges(form, "minAge");
        if (Offer.count("organisationId = ?1 and title = ?2", organisation.id, form.title()) > 0) {
            throw ProblemException.conflict("offer " + form.title() + " of " + organisation.name + " exists already");
        }
        Offer o = new Offer();
        o.id = UUID.randomUUID();
        apply(o, form, organisation);
        o.persist();
        audit.record("CREATE", "offer", o.id, null, o.title);
        return CatalogueForms.OfferView.of(o, organisation.name);
    }

    @Transactional
    public CatalogueForms.OfferView updateOffer(UUID id, CatalogueForms.OfferForm form) {
        Offer o = offer(id);
        Organisation organisation = organisationOf(form);
        checkAges(form, "minAge");
        apply(o, form, organisation);
        audit.record("UPDATE", "offer", o.id, null, o.title);
        return CatalogueForms.OfferView.of(o, organisation.name);
    }

    @Transactional
    public void deleteOffer(UUID id) {
        Offer o = offer(id);
        o.delete();
        audit.record("DELETE", "offer", o.id, null, o.title);
    }

    @Transactional
    public String exportCsv() {
        List<Offer> all = admin() ? Offer.listAll(Sort.by("region").and("title"))
                : Offer.list("region", Sort.by("title"), myRegion());
        return OfferCsv.write(views(all));
    }

    private List<CatalogueForms.OfferView> views(List<Offer> offers) {
        Map<UUID, String> names = Organisation.<Organisation>listAll().stream()
                .collect(Collectors.toMap(o -> o.id, o -> o.name));
        return offers.stream().map(o -> CatalogueForms.OfferView.of(o, names.get(o.organisationId))).toList();
    }

    private Offer offer(UUID id) {
        Offer o = Offer.findById(id);
        if (o == null) {
            throw ProblemException.notFound("offer " + id);
        }
        return o;
    }

    private static Organisation organisationOf(CatalogueForms.OfferForm form) {
        return Organisation.named(form.organisation())
                .orElseThrow(() -> ProblemException.badField("organisation", "unknown organisation"));
    }

    private static void checkAges(CatalogueForms.OfferForm form, String field) {
        if (form.minAge() > form.maxAge()) {
            throw ProblemException.badField(field, "must not be above maxAge");
        }
    }

    /** Also how an import stores a row. */
    static void apply(Offer o, CatalogueForms.OfferForm form, Organisation organisation) {
        o.organisationId = organisation.id;
        o.title = form.title();
        o.domain = form.domain();
        o.region = form.region();
        o.minAge = form.minAge();
        o.maxAge = form.maxAge();
        o.languages = List.copyOf(form.languages());
        o.capacity = form.capacity();
        o.contact = form.contact();
    }

    private boolean admin() {
        return user.hasRole(Roles.NETWORK_ADMIN);
    }

    private String myRegion() {
        return user.region().orElse("");
    }
}

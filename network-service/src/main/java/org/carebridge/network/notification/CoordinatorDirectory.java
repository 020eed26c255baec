package org.carebridge.network.notification;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Who the bridge coordinators of a region are (and any one user), with their email, as Keycloak knows them: Kafka
 * consumers and the watch have no token to read an address from. Asks the realm that issues our tokens through its
 * admin REST API with a service account, and keeps each answer for a short while.
 */
@ApplicationScoped
public class CoordinatorDirectory {

    private static final Logger LOG = Logger.getLogger(CoordinatorDirectory.class);
    private static final int PAGE = 100;

    /**
     * A coordinator (or, from {@link #userNamed}, any user) with a usable address, and their Keycloak {@code locale}
     * attribute (null without one): the language of their emails.
     */
    public record Coordinator(String username, String email, String locale) {
        public Coordinator(String username, String email) {
            this(username, email, null);
        }
    }

    private record Answer(List<Coordinator> coordinators, long until) {
    }

    private final String serverUrl;
    private final String realm;
    private final String clientId;
    private final String clientSecret;
    private final Duration cacheFor;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Answer> people = new ConcurrentHashMap<>();
    private volatile Keycloak keycloak;

    public CoordinatorDirectory(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer,
                                @ConfigProperty(name = "carebridge.directory.server-url") Optional<String> serverUrl,
                                @ConfigProperty(name = "carebridge.directory.client-id") String clientId,
                                @ConfigProperty(name = "carebridge.directory.client-secret") String clientSecret,
                                @ConfigProperty(name = "carebridge.directory.cache-for") Duration cacheFor) {
        // the directory is the realm that issues our tokens: http://host:port/realms/<realm>
        URI realmUrl = URI.create(issuer.replaceAll("/+$", ""));
        String path = realmUrl.getPath();
        int cut = path.lastIndexOf("/realms/");
        if (cut < 0) {
            throw new IllegalArgumentException("quarkus.oidc.auth-server-url is not a Keycloak realm URL: " + issuer);
        }
        this.realm = path.substring(cut + "/realms/".length());
        this.serverUrl = serverUrl.orElse(realmUrl.resolve(path.substring(0, cut) + "/").toString());
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.cacheFor = cacheFor;
    }

    /**
     * The enabled users with the realm role bridge-coordinator, attribute region = {@code region} and an email;
     * empty when Keycloak could not answer (logged): the caller then falls back to what it knows.
     */
    public Optional<List<Coordinator>> coordinatorsOf(String region) {
        return cached(answers, region, () -> lookUp(region, Roles.BRIDGE_COORDINATOR, user -> true),
                "the bridge coordinators of region " + region);
    }

    /**
     * The enabled users with the realm role advisory-member, region = {@code region} and an email: whom a climb goes
     * to when the region has no advisory chair. Empty when Keycloak could not answer (logged).
     */
    public Optional<List<Coordinator>> advisoryMembersOf(String region) {
        return cached(answers, "advisory-members " + region, () -> lookUp(region, Roles.ADVISORY_MEMBER, user -> true),
                "the advisory members of region " + region);
    }

    /**
     * The enabled case workers of {@code region} whose organisation attribute is {@code organisation} (aliases read as
     * case-service reads them), with an email: who may accept a handover addressed to that organisation. Empty when
     * Keycloak could not answer (logged).
     */
    public Optional<List<Coordinator>> caseWorkersOf(String organisation, String region) {
        return cached(answers, "case-workers " + organisation + " " + region,
                () -> lookUp(region, Roles.CASE_WORKER,
                        user -> organisation.equals(canonical(user.firstAttribute("organisation")))),
                "the case workers of " + organisation + " in region " + region);
    }

    /** An account's organisation as the list's code: older accounts carry the alias "guardianship" (as case-service reads it). */
    static String canonical(String organisation) {
        return "guardianship".equals(organisation) ? "guardian" : organisation;
    }

    /**
     * The enabled user {@code username} with an email, whatever their role (a case worker told of a step on their
     * case, a lead coordinator), as a list of one or none; empty when Keycloak could not answer (logged).
     */
    public Optional<List<Coordinator>> userNamed(String username) {
        return cached(people, username, () -> client().realm(realm).users()
                .search(username, null, null, null, 0, 2, true, false, true).stream() // not brief: the locale
                .filter(user -> username.equalsIgnoreCase(user.getUsername()))
                .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                .map(user -> new Coordinator(user.getUsername(), user.getEmail(), user.firstAttribute("locale")))
                .limit(1).toList(),
                "user " + username);
    }

    /** Keycloak's answer, kept for cache-for; empty (logged) when it could not answer. */
    private Optional<List<Coordinator>> cached(Map<String, Answer> kept, String key,
                                               Supplier<List<Coordinator>> lookUp, String what) {
        Answer cached = kept.get(key);
        if (cached != null && System.nanoTime() - cached.until() < 0) {
            return Optional.of(cached.coordinators());
        }
        try {
            List<Coordinator> found = lookUp.get();
            kept.put(key, new Answer(found, System.nanoTime() + cacheFor.toNanos()));
            return Optional.of(found);
        } catch (RuntimeException e) {
            LOG.warnf("could not look up %s in Keycloak (%s): %s", what, serverUrl, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Whether {@code username} is an enabled user with the realm role bridge-coordinator and region = {@code region},
     * asked now (never from the cache: a lead is set rarely and must be right).
     *
     * @throws DirectoryUnavailable when Keycloak cannot answer
     */
    public boolean isCoordinatorOf(String username, String region) {
        try {
            RealmResource directory = client().realm(realm);
            // username, first, last name, email, first result, max results, enabled, brief, exact
            List<UserRepresentation> found = directory.users().search(username, null, null, null, 0, 2, true, false,
                    true);
            return found.stream().anyMatch(user -> username.equalsIgnoreCase(user.getUsername())
                    && region.equals(user.firstAttribute("region")) && hasRole(directory, user, Roles.BRIDGE_COORDINATOR));
        } catch (RuntimeException e) {
            LOG.warnf("could not ask Keycloak (%s) whether %s coordinates region %s: %s", serverUrl, username, region,
                    e.toString());
            throw new DirectoryUnavailable(e);
        }
    }

    /** Keycloak did not answer a question only it can answer. */
    public static class DirectoryUnavailable extends RuntimeException {
        DirectoryUnavailable(Throwable cause) {
            super(cause);
        }
    }

    /**
     * The region's users, then the effective realm roles of each (so a role given through a group or a composite
     * counts too). One call per user, but it needs only query-users and view-users: listing a role's members
     * would need view-realm, and would miss those who hold the role through a group.
     */
    private List<Coordinator> lookUp(String region, String role, java.util.function.Predicate<UserRepresentation> also) {
        RealmResource directory = client().realm(realm);
        List<Coordinator> found = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            // enabled users only, region matched exactly, with their attributes
            List<UserRepresentation> page = directory.users().searchByAttributes(first, PAGE, true, true, false,
                    "region:" + region);
            for (UserRepresentation user : page) {
                boolean reachable = user.getEmail() != null && !user.getEmail().isBlank();
                if (reachable && region.equals(user.firstAttribute("region")) && also.test(user)
                        && hasRole(directory, user, role)) {
                    found.add(new Coordinator(user.getUsername(), user.getEmail(), user.firstAttribute("locale")));
                }
            }
            if (page.size() < PAGE) {
                return List.copyOf(found);
            }
        }
    }

    private static boolean hasRole(RealmResource directory, UserRepresentation user, String role) {
        return directory.users().get(user.getId()).roles().realmLevel().listEffective(true).stream()
                .anyMatch(held -> role.equals(held.getName()));
    }

    /** Built on first use: Keycloak may start after us, and the client fetches its own token when it needs one. */
    private Keycloak client() {
        Keycloak client = keycloak;
        if (client == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder().serverUrl(serverUrl).realm(realm)
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId)
                            .clientSecret(clientSecret).build();
                }
                client = keycloak;
            }
        }
        return client;
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}

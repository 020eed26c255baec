package org.carebridge.cases.team;

import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.List;

/**
 * Whether a login name is a real, enabled case worker of a region, as Keycloak knows it (the same approach as
 * network-service's coordinator directory): the realm that issues our tokens, asked through its admin REST API with
 * the service account {@code case-service-directory} (query-users, view-users only). No cache: team changes are
 * rare, and a disabled account or a withdrawn role must count at once. When Keycloak cannot answer, 503: a member
 * nobody could verify is not accepted.
 */
@ApplicationScoped
public class CaseWorkerDirectory {

    private static final Logger LOG = Logger.getLogger(CaseWorkerDirectory.class);

    private final Keycloak keycloak;
    private final String realm;

    /** The extension's client, configured under quarkus.keycloak.admin-client (application.properties). */
    public CaseWorkerDirectory(Keycloak keycloak,
                               @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /**
     * 400 naming {@code field} unless {@code username} is an enabled user with the realm role case-worker (directly,
     * through a group or a composite) whose region attribute is {@code region}; 503 when Keycloak cannot answer.
     */
    public void requireCaseWorker(String field, String username, String region) {
        if (!region.equals(requireCaseWorkerOfAnyRegion(field, username))) {
            throw ProblemException.badField(field, username + " is not a case worker of this case's region");
        }
    }

    /**
     * As {@link #requireCaseWorker}, in whichever region: for a worker a network-admin allowed onto a case of another.
     *
     * @return the case worker's region attribute, null when they have none
     */
    public String requireCaseWorkerOfAnyRegion(String field, String username) {
        Account account;
        try {
            account = lookUp(username);
        } catch (RuntimeException e) {
            LOG.warnf("could not verify %s in Keycloak: %s", username, e.toString());
            throw new ProblemException(503, "Service Unavailable", "the user directory (Keycloak) cannot answer:"
                    + " team members cannot be verified now; try again later", List.of());
        }
        if (account == null) {
            throw ProblemException.badField(field, "no such user: " + username + " is not an active account");
        }
        if (!account.caseWorker()) {
            throw ProblemException.badField(field, username + " is not a case worker");
        }
        return account.region();
    }

    private record Account(boolean caseWorker, String region) {
    }

    /** @return the enabled account of that login name, null when there is none */
    private Account lookUp(String username) {
        RealmResource directory = keycloak.realm(realm);
        UserRepresentation user = directory.users().searchByUsername(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername())).findFirst().orElse(null);
        if (user == null || !Boolean.TRUE.equals(user.isEnabled())) {
            return null;
        }
        // effective roles: a role given through a group or a composite counts too
        boolean caseWorker = directory.users().get(user.getId()).roles().realmLevel().listEffective(true).stream()
                .anyMatch(role -> Roles.CASE_WORKER.equals(role.getName()));
        return new Account(caseWorker, user.firstAttribute("region"));
    }
}

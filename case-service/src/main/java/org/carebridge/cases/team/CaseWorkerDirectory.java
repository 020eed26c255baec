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
        String problem;
        try {
            problem = check(username, region);
        } catch (RuntimeException e) {
            LOG.warnf("could not verify %s in Keycloak: %s", username, e.toString());
            throw new ProblemException(503, "Service Unavailable", "the user directory (Keycloak) cannot answer:"
                    + " team members cannot be verified now; try again later", List.of());
        }
        if (problem != null) {
            throw ProblemException.badField(field, problem);
        }
    }

    /** @return why the user cannot be on a team of the region, null when they can */
    private String check(String username, String region) {
        RealmResource directory = keycloak.realm(realm);
        UserRepresentation user = directory.users().searchByUsername(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername())).findFirst().orElse(null);
        if (user == null || !Boolean.TRUE.equals(user.isEnabled())) {
            return "no such user: " + username + " is not an active account";
        }
        // effective roles: a role given through a group or a composite counts too
        boolean caseWorker = directory.users().get(user.getId()).roles().realmLevel().listEffective(true).stream()
                .anyMatch(role -> Roles.CASE_WORKER.equals(role.getName()));
        if (!caseWorker) {
            return username + " is not a case worker";
        }
        if (!region.equals(user.firstAttribute("region"))) {
            return username + " is not a case worker of this case's region";
        }
        return null;
    }
}

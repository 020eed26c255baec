package org.carebridge.network.region;

import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.network.notification.CoordinatorDirectory;
import org.carebridge.platform.problem.ProblemException;

import java.util.List;

/**
 * Whether someone coordinates a region's bridge, as Keycloak knows them, for a step that hands that region's work to
 * them (the region's lead, an alert's assignee). A directory that does not answer is a 503: guessing either way
 * would give the work to a stranger or refuse a colleague.
 */
@ApplicationScoped
public class RegionCoordinators {

    private final CoordinatorDirectory directory;

    public RegionCoordinators(CoordinatorDirectory directory) {
        this.directory = directory;
    }

    public boolean coordinates(String username, String region) {
        try {
            return directory.isCoordinatorOf(username, region);
        } catch (CoordinatorDirectory.DirectoryUnavailable unavailable) {
            throw new ProblemException(503, "Service Unavailable", "the user directory does not answer, so whether "
                    + username + " coordinates region " + region + " cannot be checked; try again shortly", List.of());
        }
    }
}

package org.carebridge.advisory.support;

import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

/** Everything of advisory-service belongs to one region; without one in the token, nothing is yours. */
public final class Regions {

    private Regions() {
    }

    public static String ownRegion(CurrentUser user) {
        return user.region().orElseThrow(() -> ProblemException.forbidden("no region in your token"));
    }
}

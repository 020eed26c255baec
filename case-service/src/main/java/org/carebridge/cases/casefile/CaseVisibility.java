package org.carebridge.cases.casefile;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * What of a case a member may see beyond membership (which {@link CaseAccess} checks first). Consent decides it
 * ({@code consent.ConsentRules}); the case file only asks, so that it does not depend on the consent feature, which
 * itself builds on the case file.
 */
public interface CaseVisibility {

    /** 403 (the member knows the case exists) when the member may not see what the purpose covers. */
    void require(CareCase c, String username, ConsentPurpose purpose);

    /** @return the purposes the member may NOT see on this case, for the case view's {@code restricted} */
    Set<ConsentPurpose> restricted(CareCase c, String username);

    /** Of these cases, those whose youth the member may see: one query for a page of "my cases". */
    Set<UUID> identityVisible(Collection<CareCase> cases, String username);

    /** HQL condition on CareCase: the member named by the parameter may see the youth's identity. */
    String identityVisibleHql(String usernameParam);
}

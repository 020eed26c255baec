package org.carebridge.peer.web;

import org.carebridge.peer.workflow.Caller;
import org.carebridge.peer.workflow.Refusal;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bearer token check the gateway and each Carebridge service make: an RS256 JWT of the realm, signed by a key
 * of its JWKS (fetched once and cached, as Quarkus OIDC does), not expired, for the audience carebridge-api.
 * jose4j is the library Quarkus OIDC verifies with, so the cost per request is comparable; Carebridge pays it
 * twice per call (gateway and service), the peer once.
 */
public final class TokenCheck {
    private final JwtConsumer consumer;

    public TokenCheck(String jwksUrl, String issuer, String audience) {
        consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(30)
                .setExpectedIssuer(issuer)
                .setExpectedAudience(audience)
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(jwksUrl)))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }

    /** The caller of an {@code Authorization} header; 401 for none or a token that fails any check. */
    public Caller caller(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw Refusal.unauthorized("a bearer token is required");
        }
        try {
            JwtClaims claims = consumer.processToClaims(authorization.substring(7).strip());
            String username = claims.getStringClaimValue("preferred_username");
            if (username == null) {
                throw Refusal.unauthorized("the token names no user");
            }
            return new Caller(username, roles(claims.getClaimValue("realm_access")), claims.getStringClaimValue("region"));
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw Refusal.unauthorized("the token is not valid");
        }
    }

    private static Set<String> roles(Object realmAccess) {
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }
}

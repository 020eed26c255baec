package org.carebridge.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens that must never open a door, built from a real one of the network admin: none at all, expired,
 * a broken signature, alg none, claims raised to every role (signature kept), signed by a key of our own under
 * the realm's key id, and a real token of another realm with the same users. Null means no Authorization header.
 */
final class BadTokens {

    static final List<String> ALL_ROLES = List.of("case-worker", "bridge-coordinator", "advisory-member",
            "network-admin", "auditor");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private BadTokens() {
    }

    /** By name; {@code expired} must already be past its expiry, {@code otherRealm} is a real token of another realm. */
    static Map<String, String> of(String valid, String expired, String otherRealm) {
        String[] parts = valid.split("\\.");
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("missing", null);
        tokens.put("not a JWT", "not-a-token");
        tokens.put("expired", expired);
        tokens.put("bad signature", parts[0] + "." + parts[1] + "." + flipped(parts[2]));
        tokens.put("alg none", B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".");
        tokens.put("tampered claims", parts[0] + "." + raised(parts[1]) + "." + parts[2]);
        tokens.put("foreign key", signedWithOwnKey(parts[0], raised(parts[1])));
        tokens.put("other realm", otherRealm);
        return tokens;
    }

    /** Seconds since the epoch at which the token expires. */
    static long expiry(String token) {
        return HttpCalls.json(new String(DECODE.decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
                .get("exp").asLong();
    }

    private static String flipped(String signature) {
        char[] chars = signature.toCharArray();
        int middle = chars.length / 2;
        chars[middle] = chars[middle] == 'A' ? 'B' : 'A';
        return new String(chars);
    }

    /** The payload with every role, another region and a fresh expiry: what an attacker would want. */
    private static String raised(String payload) {
        ObjectNode claims = (ObjectNode) HttpCalls.json(new String(DECODE.decode(payload), StandardCharsets.UTF_8));
        claims.putObject("realm_access").putPOJO("roles", ALL_ROLES);
        claims.put("region", "south");
        claims.put("exp", System.currentTimeMillis() / 1000 + 3600);
        return B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String signedWithOwnKey(String header, String payload) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair ours = generator.generateKeyPair();
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(ours.getPrivate());
            rs256.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + B64.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

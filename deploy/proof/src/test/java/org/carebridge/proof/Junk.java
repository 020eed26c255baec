package org.carebridge.proof;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random values of the kinds that break services: odd text, extreme numbers, nesting, raw bytes. */
final class Junk {

    private static final List<String> NASTY = List.of("", " ", "\u0000", "\u202e\u0645\u0631\u062d\u0628\u0627",
            "\ud83d\ude00".repeat(50), "'; drop table audit_entry; --", "../../../../etc/passwd", "${jndi:ldap://x}",
            "%s%s%n", "<script>alert(1)</script>", "\ud800", "NaN", "-0", "1e309", "null", "true");

    private Junk() {
    }

    /** A JSON value of a random kind. */
    static Object value(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> NASTY.get(random.nextInt(NASTY.size()));
            case 1 -> text(random, 1 + random.nextInt(random.nextBoolean() ? 20 : 20_000));
            case 2 -> random.nextLong();
            case 3 -> random.nextBoolean() ? -random.nextInt(1000) - 1 : random.nextDouble() * 1e300;
            case 4 -> random.nextBoolean();
            case 5 -> null;
            case 6 -> {
                List<Object> list = new ArrayList<>();
                int size = random.nextInt(random.nextBoolean() ? 5 : 5_000);
                for (int i = 0; i < size; i++) {
                    list.add(random.nextBoolean() ? text(random, 5) : random.nextInt());
                }
                yield list;
            }
            case 7 -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put(text(random, 8), text(random, 8));
                yield map;
            }
            default -> nested(random.nextInt(200));
        };
    }

    /** True when {@code junk} cannot be a valid value of {@code schema} whatever Jackson coerces. */
    static boolean surelyWrongFor(Object junk, JsonNode schema) {
        String type = Samples.type(schema);
        if (junk instanceof Map<?, ?>) {
            return !type.equals("object");
        }
        if (junk instanceof List<?>) {
            return !type.equals("array");
        }
        if (junk instanceof String s) {
            return schema.has("enum") || type.equals("integer") && !s.matches("-?\\d+")
                    || schema.has("maxLength") && s.length() > schema.get("maxLength").asInt();
        }
        return false;
    }

    /** Never empty: an empty segment is a trailing slash, the same resource. */
    static String pathSegment(Random random) {
        return "j" + URLEncoder.encode(random.nextBoolean() ? NASTY.get(random.nextInt(NASTY.size()))
                : text(random, 1 + random.nextInt(200)), StandardCharsets.UTF_8);
    }

    static String queryValue(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> String.valueOf(random.nextLong());
            case 1 -> URLEncoder.encode(NASTY.get(random.nextInt(NASTY.size())), StandardCharsets.UTF_8);
            // at most 300 characters: encoded, a request line stays under the HTTP server's 4 KiB limit
            default -> URLEncoder.encode(text(random, 1 + random.nextInt(300)), StandardCharsets.UTF_8);
        };
    }

    static byte[] bytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2_000)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Random code points, surrogates and controls included, as a Java string. */
    static String text(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            out.append(kind < 6 ? (char) ('a' + random.nextInt(26)) : kind < 8 ? (char) random.nextInt(0x80)
                    : (char) random.nextInt(0x10000));
        }
        return out.toString();
    }

    private static Object nested(int depth) {
        Object value = "deep";
        for (int i = 0; i < depth; i++) {
            value = i % 2 == 0 ? List.of(value) : Map.of("d", value);
        }
        return value;
    }
}

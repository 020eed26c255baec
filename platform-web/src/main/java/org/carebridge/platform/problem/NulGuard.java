package org.carebridge.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses the NUL character (U+0000) in JSON strings, path and query with a 400 naming where it was: PostgreSQL
 * cannot store it in text, so it used to fail deep in a statement as a 500. Also refuses a lone UTF-16 surrogate
 * ("\ud800" without its pair) in JSON strings: it cannot be encoded as UTF-8, so it was stored and read back as "?".
 */
@Singleton
public class NulGuard implements ObjectMapperCustomizer {

    static final String MESSAGE = "must not contain the NUL character";
    static final String SURROGATE = "must not contain an unpaired UTF-16 surrogate (not valid Unicode text)";
    private static final String NUL = "%00";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("carebridge-nul-guard").addDeserializer(String.class,
                new NoNulStrings()));
    }

    void install(@Observes Router router) {
        // before security and resources: a NUL never reaches a query
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String field = nulIn(ctx);
            if (field == null) {
                ctx.next();
                return;
            }
            RouteProblems.field(ctx.response(), 400, field, MESSAGE);
        });
    }

    /** The query parameter holding an encoded NUL, "path" when the path does, or null. */
    static String nulIn(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path != null && path.toLowerCase(Locale.ROOT).contains(NUL)) {
            return "path";
        }
        String query = ctx.request().query();
        if (query == null || !query.toLowerCase(Locale.ROOT).contains(NUL)) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.toLowerCase(Locale.ROOT).contains(NUL)) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                try {
                    name = URLDecoder.decode(name, StandardCharsets.UTF_8).replace("\0", "");
                } catch (IllegalArgumentException e) {
                    // an undecodable name is still named, as sent
                }
                return name.isBlank() ? "query" : name;
            }
        }
        return "query";
    }

    /** Jackson's own string reading, then the checks, so that the error carries the field's JSON path. */
    static final class NoNulStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new BadValue(p, MESSAGE, value, String.class);
            }
            if (value != null && unpairedSurrogate(value)) {
                throw new BadValue(p, SURROGATE, null, String.class);
            }
            return value;
        }
    }

    static boolean unpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}

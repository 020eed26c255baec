package org.carebridge.stack.testing;

import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** One REST endpoint of a service under test, for access tests that call every endpoint the same way. */
public record Endpoint(Method method, String path, String body) {

    /** Calls it with the given request (a token, a forged one, or none), with its JSON body if it has one. */
    public Response send(RequestSpecification request) {
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, path);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}

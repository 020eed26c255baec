package org.carebridge.e2e.contract;

import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import org.carebridge.stack.testing.ApiContract;
import org.carebridge.stack.testing.SystemUnderTest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Puts every REST Assured exchange of this test JVM under the API contract: a filter added once, when the JUnit
 * launcher opens (META-INF/services), so each walk is checked without a line in it. A failing check never fails
 * the walk itself; {@link ApiContractIT}, run last, reports what all of them left.
 */
public final class ContractRecording implements LauncherSessionListener, Filter {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        RestAssured.filters(this);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
                           FilterContext context) {
        Response response = context.next(request, expected);
        if (!ApiContract.isApi(RestAssuredRequest.of(request).getPath())) {
            return response;
        }
        ApiContract contract;
        try {
            // the system is up by now (it just answered); its documents are read at the first exchange with the API
            contract = ApiContract.of(SystemUnderTest.start());
        } catch (RuntimeException unreadable) {
            // a document the validator cannot load fails ApiContractIT (it reads them again), not every walk
            return response;
        }
        contract.check(RestAssuredRequest.of(request), RestAssuredResponse.of(response), true);
        return response;
    }
}

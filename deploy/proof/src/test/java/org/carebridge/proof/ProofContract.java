package org.carebridge.proof;

import org.carebridge.stack.testing.ApiContract;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Puts every answer the proofs get from the API under the contract. The proofs send bad requests on purpose (wrong
 * role, bad token, junk bodies), so only the answers are checked: a 400 must be the documented problem+json.
 */
final class ProofContract {

    private ProofContract() {
    }

    static void record(String method, URI url, Map<String, List<String>> responseHeaders, HttpCalls.Answer answer) {
        String path = url.getRawPath();
        if (path == null || ApiContract.serviceOf(path) == null) {
            return;
        }
        ApiContract.of(ProofSystem.get().system).check(new ApiContract.Exchange(method, path, Map.of(), Map.of(),
                null, answer.status(), responseHeaders, answer.text()), false);
    }
}

package org.carebridge.network.roster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventReader;
import org.carebridge.stack.testing.AsyncApiExamples;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Our copy of case.team-changed.v1 reads case-service's example (the contract) and the one repeated in our own
 * document, through the live consumer's reader and validation, and keeps every value of it.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class RosterContractTest {

    @Inject
    EventReader reader;
    @Inject
    ObjectMapper mapper;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../case-service/src/main/resources/asyncapi.yaml", "src/main/resources/asyncapi.yaml"})
    void ourCopyReadsTheExampleAndKeepsEveryValue(String document) throws Exception {
        JsonNode example = AsyncApiExamples.data(Path.of(document), CaseTeamChangedV1.TYPE);
        CloudEvent event = new CloudEvent("1.0", "contract", "contract-test", CaseTeamChangedV1.TYPE,
                OffsetDateTime.now(), "s", "application/json", example);
        CaseTeamChangedV1 read = reader.data(event, CaseTeamChangedV1.class); // poison here would be poison live
        ObjectNode readBack = mapper.valueToTree(read);
        assertEquals(OffsetDateTime.parse(example.get("changedAt").asText()).toInstant(), read.changedAt().toInstant());
        readBack.remove("changedAt");
        ObjectNode expected = example.deepCopy();
        expected.remove("changedAt");
        // re-read from text, so that a long and an int of the same value compare equal
        assertEquals(mapper.readTree(expected.toString()), mapper.readTree(readBack.toString()),
                "every field of the example, read and written back unchanged");
    }
}

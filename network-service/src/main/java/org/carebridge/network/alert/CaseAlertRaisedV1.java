package org.carebridge.network.alert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carebridge.network.vocabulary.AgeBand;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Data of {@code case.alert-raised.v1} as network-service reads it (our copy of case-service's contract). A tolerant
 * reader: any kind is taken as it comes, so that a new kind of case-service needs no change here; the text
 * parameters of kinds we do not show (memberUsername, daysOnTeam, ...) are not read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseAlertRaisedV1(
        @NotNull UUID alertId,
        @NotNull UUID caseId,
        @NotBlank @Size(max = 50) String region,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex digits") String pseudonym,
        @NotNull AgeBand ageBand,
        @NotBlank @Size(max = 40) String kind,
        @NotBlank @Size(max = 200) String cause,
        @Size(max = 200) String leadUsername,
        YearMonth turns18In,
        @Min(0) Integer overdueDays,
        @Min(0) Integer inactiveDays,
        @NotNull OffsetDateTime raisedAt) {

    public static final String TYPE = "case.alert-raised.v1";
    public static final String TOPIC = "case.alerts";
}

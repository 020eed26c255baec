package org.carebridge.network.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** Age band instead of a birth date: what leaves case-service never pins down a person's age. */
public enum AgeBand {
    UNDER_12("0-11"), FROM_12_TO_15("12-15"), FROM_16_TO_17("16-17"), FROM_18_TO_20("18-20"), FROM_21("21+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static AgeBand of(String label) {
        return Arrays.stream(values()).filter(band -> band.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown age band " + label));
    }
}

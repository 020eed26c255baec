package org.carebridge.network.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Age band instead of a birth date: what leaves case-service never pins down a person's age. */
public enum AgeBand {
    UNDER_12("0-11"), FROM_12_TO_15("12-15"), FROM_16_TO_17("16-17"), FROM_18_TO_20("18-20"), FROM_21("21+");

    private static final Pattern BAND = Pattern.compile("(\\d{1,3})(-\\d{1,3}|\\+)");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** Ours only (a query parameter, a stored row): an unknown label is refused. */
    public static AgeBand of(String label) {
        return known(label).orElseThrow(() -> new IllegalArgumentException("unknown age band " + label));
    }

    /**
     * As a consumed event says it. A band of a newer release (other boundaries, issue 19's tolerant reader) reads as
     * ours that holds its lowest age, so the event is applied rather than dead-lettered; what is not a band at all
     * ("16-17", "21+" are) is still refused.
     */
    @JsonCreator
    public static AgeBand fromEvent(String label) {
        return known(label).orElseGet(() -> holding(lowestAge(label)));
    }

    private static Optional<AgeBand> known(String label) {
        return Arrays.stream(values()).filter(band -> band.label.equals(label)).findFirst();
    }

    private static AgeBand holding(int age) {
        AgeBand holding = UNDER_12;
        for (AgeBand band : values()) {
            if (lowestAge(band.label) <= age) {
                holding = band;
            }
        }
        return holding;
    }

    private static int lowestAge(String label) {
        Matcher band = label == null ? null : BAND.matcher(label);
        if (band == null || !band.matches()) {
            throw new IllegalArgumentException("unknown age band " + label);
        }
        return Integer.parseInt(band.group(1));
    }
}

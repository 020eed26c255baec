package org.carebridge.network.vocabulary;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an age band as its label ("16-17"), the same text the events carry. */
@Converter(autoApply = true)
public class AgeBandConverter implements AttributeConverter<AgeBand, String> {

    @Override
    public String convertToDatabaseColumn(AgeBand band) {
        return band == null ? null : band.label();
    }

    @Override
    public AgeBand convertToEntityAttribute(String label) {
        return label == null ? null : AgeBand.of(label);
    }
}

package org.carebridge.network.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.carebridge.network.vocabulary.Domain;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

/** What an organisation offers: in which domain and region, for which ages and languages, how many places. */
@Entity
@Table(name = "offer")
public class Offer extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "organisation_id")
    public UUID organisationId;
    public String title;
    @Enumerated(EnumType.STRING)
    public Domain domain;
    public String region;
    @Column(name = "min_age")
    public int minAge;
    @Column(name = "max_age")
    public int maxAge;
    /** ISO 639-1 codes, e.g. nl, ar, ti */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages;
    public int capacity;
    public String contact;
}

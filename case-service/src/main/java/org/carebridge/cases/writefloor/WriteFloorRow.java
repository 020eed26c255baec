package org.carebridge.cases.writefloor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the benchmark's write floor: the least a write through the API can store. */
@Entity
@Table(name = "write_floor")
public class WriteFloorRow extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "written_at")
    public OffsetDateTime writtenAt;
}

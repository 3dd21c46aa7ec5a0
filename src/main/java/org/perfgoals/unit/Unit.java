package org.perfgoals.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.AbstractEntity;

/** A unit (单位): a competent department (主管部门) or a budget unit below one. Projects and users name it. */
@Entity
@Table(name = "unit")
class Unit extends AbstractEntity {

    @Version
    private long version;
    @Column(nullable = false)
    private String name;
    @Column(name = "parent_id")
    private @Nullable Long parentId;
    @Column(nullable = false)
    private Instant createdAt;

    protected Unit() {
        // for JPA
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    Unit(String name, @Nullable Long parentId, Instant createdAt) {
        this.name = name;
        this.parentId = parentId;
        this.createdAt = createdAt;
    }

    String getName() {
        return name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    @Nullable Long getParentId() {
        return parentId;
    }

    void moveUnder(@Nullable Long newParent) {
        this.parentId = newParent;
    }

    long getVersion() {
        return version;
    }
}

package org.policytracker.security;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every write of a directory entry, wherever it comes from (people administration, sign-in, invitations), makes
 * the application forget what it keeps of API callers' standing once the write commits. Hibernate creates this
 * listener through Spring while it starts, before the repositories exist: the memories are found when first needed.
 */
@Component
class DirectoryEntryWrites {

    private final ObjectProvider<RecentDirectoryEntries> entries;
    private final ApiTokenCallers tokenCallers;

    DirectoryEntryWrites(ObjectProvider<RecentDirectoryEntries> entries, ApiTokenCallers tokenCallers) {
        this.entries = entries;
        this.tokenCallers = tokenCallers;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(AppUser entry) {
        entries.getObject().forgetOnCommit();
        tokenCallers.forgetOnCommit();
    }
}

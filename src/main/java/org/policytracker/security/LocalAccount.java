package org.policytracker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The sign-in of a person an administrator invited (embedded default, local login): a password hash of
 * Spring Security's delegating encoder. Until the person has set their own password, the stored one is
 * the invitation's initial password, which expires.
 */
@Entity
@Table(name = "local_account")
public class LocalAccount {

    @Id
    private String username;

    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean passwordChangeRequired;

    private Instant initialPasswordExpires;

    private Instant passwordChangedAt;

    protected LocalAccount() {
    }

    LocalAccount(String username, String initialPasswordHash, Instant initialPasswordExpires) {
        this.username = username;
        this.passwordHash = initialPasswordHash;
        this.passwordChangeRequired = true;
        this.initialPasswordExpires = initialPasswordExpires;
    }

    /** A new invitation: a new initial password replaces whatever the person had, and must be replaced in turn. */
    void reissue(String initialPasswordHash, Instant initialPasswordExpires) {
        this.passwordHash = initialPasswordHash;
        this.passwordChangeRequired = true;
        this.initialPasswordExpires = initialPasswordExpires;
    }

    void setOwnPassword(String hash, Instant now) {
        this.passwordHash = hash;
        this.passwordChangeRequired = false;
        this.initialPasswordExpires = null;
        this.passwordChangedAt = now;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** Whether the initial password of the invitation has expired unused. */
    boolean initialPasswordExpired(Instant now) {
        return passwordChangeRequired && initialPasswordExpires != null && !now.isBefore(initialPasswordExpires);
    }
}

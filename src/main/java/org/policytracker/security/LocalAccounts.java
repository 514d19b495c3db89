package org.policytracker.security;

import java.time.Clock;
import java.util.Optional;
import org.policytracker.security.repository.AppUserRepository;
import org.policytracker.security.repository.LocalAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local accounts of invited people (embedded default): their sign-in and their own password, which
 * they set at first sign-in in place of the invitation's initial one.
 */
@Service
public class LocalAccounts {

    /** ASVS V2.1.1: at least 12 characters; V2.1.2: up to 128 allowed. */
    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 128;
    /** The rules of {@link #setOwnPassword}, as the password forms state them beside the field. */
    public static final String PASSWORD_RULES = MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH
            + " characters, not containing your username; a few unrelated words make a good one";

    private final LocalAccountRepository accounts;
    private final AppUserRepository directory;
    private final PasswordEncoder encoder;
    private final Clock clock;

    LocalAccounts(LocalAccountRepository accounts, AppUserRepository directory, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * The person with this username as the local login checks them (password hash included); none for a
     * deactivated person, who is refused exactly like an unknown name.
     */
    @Transactional(readOnly = true)
    Optional<LocalAccountUser> signIn(String username) {
        return accounts.findById(username).flatMap(account -> directory.findById(username).filter(AppUser::isActive).map(person ->
                new LocalAccountUser(username, person.getDisplayName(), person.getTenantId(), person.getRoles(),
                        account.getPasswordHash(), account.isPasswordChangeRequired(),
                        account.initialPasswordExpired(clock.instant()))));
    }

    /**
     * Replaces the signed-in person's password (the invitation's initial one, or their own) with a new one
     * of their own (ASVS V2.1.6: the current one is asked again). Returns the person as the session should
     * now hold them.
     */
    @Transactional
    public LocalAccountUser setOwnPassword(LocalAccountUser person, String currentPassword, String newPassword) {
        LocalAccount account = accounts.findById(person.username())
                .orElseThrow(() -> new PersonNotFoundException(person.username()));
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new PersonRefusedException("currentPassword", "This is not your current password");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH || newPassword.length() > MAX_PASSWORD_LENGTH) {
            throw new PersonRefusedException("newPassword", "Use " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH
                    + " characters; a few unrelated words make a good one");
        }
        if (encoder.matches(newPassword, account.getPasswordHash())) {
            throw new PersonRefusedException("newPassword", account.isPasswordChangeRequired()
                    ? "Choose a new password, not the one you were given" : "Choose a new password, not your current one");
        }
        if (newPassword.toLowerCase().contains(person.username().toLowerCase())) {
            throw new PersonRefusedException("newPassword", "Your password must not contain your username");
        }
        account.setOwnPassword(encoder.encode(newPassword), clock.instant());
        return person.withOwnPassword();
    }
}

package org.policytracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One sign-in event: who (the name given, known or not), from which address, when, what happened.
 * Written only by {@link SignInAudit}, for everyone who signs in or out, oversight viewers included.
 */
@OversightWritable
@Entity
@Table(name = "sign_in_event")
public class SignInEvent {

    /** The longest name kept; a longer one (typed by mistake or by an attacker) is shortened on purpose. */
    static final int USERNAME_LENGTH = 100;
    static final int ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignInEventKind kind;

    @Column(length = USERNAME_LENGTH)
    private String username;

    @Column(nullable = false, length = ADDRESS_LENGTH)
    private String address;

    protected SignInEvent() {
    }

    SignInEvent(Instant occurredAt, SignInEventKind kind, String username, String address) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.username = shorten(username, USERNAME_LENGTH);
        this.address = shorten(address == null ? "unknown" : address, ADDRESS_LENGTH);
    }

    private static String shorten(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SignInEventKind getKind() {
        return kind;
    }

    /** The name given; null for the lockout of an address. */
    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }
}

package org.policytracker.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import org.policytracker.audit.OversightWritable;

/**
 * One person's choices: a channel per kind of message, and the weekday of the digest. Everyone chooses
 * their own, oversight viewers included (otherwise read-only).
 */
@Entity
@OversightWritable
@Table(name = "mail_preference")
public class DeliveryPreference {

    @Id
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel reminderChannel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel updateRequestChannel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel digestChannel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayOfWeek digestDay;

    /** whether the digest comes with the gap dashboard as a PDF */
    private boolean digestPdf;

    @Column(nullable = false)
    private Instant updatedAt;

    protected DeliveryPreference() {
    }

    /** The defaults: every kind by e-mail (and in the app), the digest on Mondays. */
    static DeliveryPreference defaultsFor(String username, Instant at) {
        DeliveryPreference preference = new DeliveryPreference();
        preference.username = username;
        preference.reminderChannel = Channel.EMAIL;
        preference.updateRequestChannel = Channel.EMAIL;
        preference.digestChannel = Channel.EMAIL;
        preference.digestDay = DayOfWeek.MONDAY;
        preference.updatedAt = at;
        return preference;
    }

    public Channel channelOf(MessageKind kind) {
        return switch (kind) {
            case REMINDER -> reminderChannel;
            case UPDATE_REQUEST -> updateRequestChannel;
            case DIGEST -> digestChannel;
        };
    }

    void choose(MessageKind kind, Channel channel, Instant at) {
        switch (kind) {
            case REMINDER -> reminderChannel = channel;
            case UPDATE_REQUEST -> updateRequestChannel = channel;
            case DIGEST -> digestChannel = channel;
        }
        updatedAt = at;
    }

    void chooseDigest(DayOfWeek day, boolean withPdf, Instant at) {
        digestDay = day;
        digestPdf = withPdf;
        updatedAt = at;
    }

    public String getUsername() {
        return username;
    }

    public DayOfWeek getDigestDay() {
        return digestDay;
    }

    public boolean isDigestPdf() {
        return digestPdf;
    }
}

package org.policytracker.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.policytracker.calendar.repository.CalendarFeedRepository;
import org.policytracker.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's secret calendar address: created or rotated (a new token; the old address
 * stops working) and revoked. The token is shown once, when made; only its SHA-256 is stored.
 */
@Service
public class CalendarFeeds {

    private static final int TOKEN_BYTES = 32;

    private final CalendarFeedRepository feeds;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(CalendarFeedRepository feeds, CurrentUser currentUser, Clock clock) {
        this.feeds = feeds;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** When the signed-in person's current address was made, if they have one. */
    @Transactional(readOnly = true)
    public Optional<Instant> myFeedSince() {
        return feeds.findById(me()).map(CalendarFeed::getCreatedAt);
    }

    /** A new secret token for the signed-in person; any earlier address stops working. */
    @Transactional
    public String createOrRotate() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        feeds.findById(me()).ifPresentOrElse(feed -> feed.replaceToken(hash(token), now),
                () -> feeds.save(new CalendarFeed(me(), hash(token), now)));
        return token;
    }

    /** The signed-in person's address stops working. */
    @Transactional
    public void revoke() {
        feeds.deleteById(me());
    }

    /** Whose feed the token opens, if any (no session: the token is the credential). */
    @Transactional(readOnly = true)
    public Optional<String> ownerOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(hash(token)).map(CalendarFeed::getUsername);
    }

    private String me() {
        return currentUser.require().username();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}

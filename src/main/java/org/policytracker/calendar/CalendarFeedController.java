package org.policytracker.calendar;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves a person's deadlines at their secret address, without a session (calendar applications
 * cannot sign in): the token is the credential. An unknown or revoked token is "not found".
 */
@RestController
public class CalendarFeedController {

    /** Where feeds are served; the security configuration lets this path through without a session. */
    public static final String PATH = "/feeds/calendar/";

    private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final DeadlineCalendar calendar;

    CalendarFeedController(CalendarFeeds feeds, DeadlineCalendar calendar) {
        this.feeds = feeds;
        this.calendar = calendar;
    }

    @GetMapping(PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return feeds.ownerOf(token).flatMap(username -> calendar.of(username, baseUrl))
                .map(text -> ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                        .body(text))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("No calendar feed at this address: it may have been revoked or replaced."));
    }
}

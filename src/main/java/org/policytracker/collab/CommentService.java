package org.policytracker.collab;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policytracker.collab.repository.CommentRepository;
import org.policytracker.collab.repository.NotificationRepository;
import org.policytracker.security.AppUser;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.People;
import org.policytracker.security.TenantUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on items, with @mentions. Only people who may see the item can be mentioned; a comment
 * that mentions anyone else is refused as a whole, so nobody is notified about what they cannot open.
 */
@Service
public class CommentService {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])");

    private final CommentRepository comments;
    private final NotificationRepository notifications;
    private final ItemAccess items;
    private final ActivityService activity;
    private final EventBus events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final People people;

    CommentService(CommentRepository comments, NotificationRepository notifications, ItemAccess items,
            ActivityService activity, EventBus events, CurrentUser currentUser, Clock clock, People people) {
        this.people = people;
        this.comments = comments;
        this.notifications = notifications;
        this.items = items;
        this.activity = activity;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Someone who can be mentioned on an item. */
    public record Mentionable(String username, String displayName) {
    }

    @Transactional(readOnly = true)
    public List<ItemComment> comments(ItemRef item) {
        items.find(item);
        return comments.findByItemTypeAndItemIdOrderByCreatedAtAscIdAsc(item.type(), item.id());
    }

    /** The names the comments' authors are known by, by username (an unknown author is left out). */
    public Map<String, String> authorNames(List<ItemComment> shown) {
        return people.displayNames(shown.stream().map(ItemComment::getAuthor).collect(Collectors.toSet()));
    }

    @Transactional(readOnly = true)
    public List<Mentionable> mentionable(ItemRef item) {
        return items.whoMaySee(items.find(item)).stream()
                .sorted(Comparator.comparing(AppUser::getDisplayName))
                .map(user -> new Mentionable(user.getUsername(), user.getDisplayName())).toList();
    }

    @Transactional
    public ItemComment post(ItemRef ref, String body) {
        TenantUser author = currentUser.require();
        ResolvedItem item = items.find(ref);
        if (body == null || body.isBlank()) {
            throw new CommentRefusedException("Write something before posting");
        }
        if (body.length() > 4000) {
            throw new CommentRefusedException("The comment is " + body.length() + " characters long; at most 4000 fit");
        }
        Set<String> mayMention = items.whoMaySee(item).stream().map(AppUser::getUsername).collect(Collectors.toSet());
        Set<String> mentioned = mentions(body);
        for (String username : mentioned) {
            if (!mayMention.contains(username)) {
                throw new CommentRefusedException("@" + username + " cannot see this " + ref.type().name().toLowerCase()
                        + " (or does not exist), so they cannot be mentioned. Nothing was posted.");
            }
        }
        var now = clock.instant();
        ItemComment comment = comments.save(new ItemComment(ref, item.tenantId(), author.username(), body.strip(), now));
        String summary = author.displayName() + " commented on \"" + item.title() + "\"";
        activity.record(item, author.username(), "commented: " + abbreviate(body.strip()));
        events.publish(new ChangeEvent(ChangeEvent.Kind.COMMENTED, ref, item.tenantId(), item.directiveId(),
                author.username(), summary, null, now));
        for (String username : mentioned) {
            if (!username.equals(author.username())) {
                notifications.save(new Notification(username, ref, author.username(),
                        author.displayName() + " mentioned you on \"" + abbreviate(item.title()) + "\"", now));
                events.publish(new ChangeEvent(ChangeEvent.Kind.NOTIFIED, ref, item.tenantId(), item.directiveId(),
                        author.username(), summary, username, now));
            }
        }
        return comment;
    }

    static Set<String> mentions(String body) {
        Set<String> usernames = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            usernames.add(matcher.group(1));
        }
        return usernames;
    }

    private static String abbreviate(String text) {
        return Summaries.shorten(text, 120);
    }
}

package org.policytracker.collab;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.policytracker.ui.Timestamps;

/**
 * Comments on an item, oldest first, and a box to add one. "Mention someone" offers only the
 * people who may see the item. Comment text is always shown as text, never as HTML.
 */
public class CommentsPanel extends VerticalLayout {

    private final CommentService comments;
    private final ItemRef item;
    private final VerticalLayout list = new VerticalLayout();

    public CommentsPanel(CommentService comments, LiveUpdates live, ItemRef item) {
        this.comments = comments;
        this.item = item;
        setPadding(false);
        list.setPadding(false);
        list.setSpacing(false);
        TextArea text = new TextArea("Comment");
        // as wide as the screen allows, up to 36rem: a phone's 390 px keeps the whole box in view
        text.setWidthFull();
        text.setMaxWidth("36rem");
        text.setMaxLength(4000);
        text.setHelperText("Type @ and a username to mention someone, or pick them under Mention someone.");
        ComboBox<CommentService.Mentionable> mention = new ComboBox<>("Mention someone", comments.mentionable(item));
        mention.setItemLabelGenerator(person -> person.displayName() + " (@" + person.username() + ")");
        mention.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                String current = text.getValue();
                text.setValue(current + (current.isEmpty() || current.endsWith(" ") ? "" : " ") + "@"
                        + change.getValue().username() + " ");
                mention.clear();
                text.focus();
            }
        });
        Button post = new Button("Post comment", click -> {
            try {
                comments.post(item, text.getValue());
                text.clear();
                text.setInvalid(false);
                refresh();
            } catch (CommentRefusedException refused) {
                text.setErrorMessage(refused.getMessage());
                text.setInvalid(true);
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout compose = new HorizontalLayout(text, mention, post);
        compose.setAlignItems(Alignment.BASELINE);
        compose.setWrap(true);
        add(new H2("Comments"), list, compose);
        refresh();
        live.follow(this, event -> event.kind() == ChangeEvent.Kind.COMMENTED && event.item().equals(item),
                event -> refresh());
    }

    private void refresh() {
        list.removeAll();
        var all = comments.comments(item);
        if (all.isEmpty()) {
            list.add(new Paragraph("No comments yet."));
        }
        Map<String, String> names = comments.authorNames(all);
        for (ItemComment comment : all) {
            Span who = new Span(names.getOrDefault(comment.getAuthor(), comment.getAuthor()) + " · "
                    + Timestamps.format(comment.getCreatedAt()));
            who.addClassName("comment-meta");
            Paragraph body = new Paragraph();
            body.setText(comment.getBody());
            Div entry = new Div(who, body);
            entry.addClassName("comment");
            list.add(entry);
        }
    }
}

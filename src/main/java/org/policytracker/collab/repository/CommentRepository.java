package org.policytracker.collab.repository;

import java.util.List;
import org.policytracker.collab.ItemComment;
import org.policytracker.collab.ItemType;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<ItemComment, Long> {

    List<ItemComment> findByItemTypeAndItemIdOrderByCreatedAtAscIdAsc(ItemType itemType, long itemId);
}

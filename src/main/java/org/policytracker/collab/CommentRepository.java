package org.policytracker.collab;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<ItemComment, Long> {

    List<ItemComment> findByItemTypeAndItemIdOrderByCreatedAtAscIdAsc(ItemType itemType, long itemId);
}

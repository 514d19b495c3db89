package org.policytracker.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that oversight viewers may write (their own comments and annotations, as the
 * design allows, and the audit's record of their sign-ins); {@link ReadOnlyViewerGuard} refuses
 * viewers' writes to every other entity.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OversightWritable {
}

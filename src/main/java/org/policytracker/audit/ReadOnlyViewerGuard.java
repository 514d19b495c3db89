package org.policytracker.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.policytracker.security.PersonalApiToken;
import org.policytracker.security.Role;
import org.policytracker.security.TenantUser;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Oversight viewers read; they never write. Enforced once, in the data layer, for every write path
 * there is or will be: an insert, update or delete of any entity by a signed-in user whose only
 * role is OVERSIGHT_VIEWER is refused before it reaches the database (entities marked
 * {@link OversightWritable}, such as their own comments, excepted). Cross-tenant reads run in
 * read-only transactions besides ({@code tenant.CrossTenantReader}).
 */
@Component
class ReadOnlyViewerGuard implements HibernatePropertiesCustomizer, Integrator, PreInsertEventListener,
        PreUpdateEventListener, PreDeleteEventListener {

    private static final Set<Role> WRITING_ROLES = Set.of(Role.PROGRAM_MANAGER, Role.SECTOR_REPORTER, Role.ADMIN);

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(this));
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
        listeners.prependListeners(EventType.PRE_INSERT, this);
        listeners.prependListeners(EventType.PRE_UPDATE, this);
        listeners.prependListeners(EventType.PRE_DELETE, this);
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        check(event.getEntity(), "create");
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        check(event.getEntity(), "change");
        return false;
    }

    @Override
    public boolean onPreDelete(PreDeleteEvent event) {
        check(event.getEntity(), "delete");
        return false;
    }

    private static void check(Object entity, String action) {
        // a person's own API tokens are theirs to keep, like their comments; the security module that owns
        // them lies below this one and cannot carry the annotation
        if (entity.getClass().isAnnotationPresent(OversightWritable.class) || entity instanceof PersonalApiToken) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantUser user
                && user.hasRole(Role.OVERSIGHT_VIEWER) && WRITING_ROLES.stream().noneMatch(user::hasRole)) {
            throw new AccessDeniedException("Oversight viewers have read-only access: " + user.username()
                    + " may not " + action + " a " + entity.getClass().getSimpleName());
        }
    }
}

package org.policytracker.gap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.policytracker.collab.ChangeEvent;
import org.policytracker.collab.LiveUpdates;
import org.policytracker.gap.GapProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Live refresh of the open dashboards, debounced: any saved task or accepted report changes figures,
 * and a burst of them (a CSV import, a busy agency) would otherwise rebuild every open dashboard once
 * per change. The first change opens a window of {@code policy-tracker.gap.refresh-debounce}; changes
 * within it are folded in, and at its end the dashboard is rebuilt once, reading the figures as they
 * are then (so it shows the burst's last change). A change after that opens the next window.
 */
@org.springframework.stereotype.Component
class DashboardRefresh implements DisposableBean {

    private final LiveUpdates live;
    private final long windowMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("gap-dashboard-refresh").daemon().factory());
    /** Refreshes run and dashboards open, in this JVM: what an operator (or a test) can check the debounce by. */
    private final AtomicLong refreshes = new AtomicLong();
    private final AtomicInteger openDashboards = new AtomicInteger();

    DashboardRefresh(LiveUpdates live, GapProperties settings) {
        this.live = live;
        this.windowMillis = settings.refreshDebounce().toMillis();
    }

    /** While the dashboard is attached, runs {@code refresh} in its UI after each window with a change. */
    void follow(Component dashboard, Runnable refresh) {
        dashboard.addAttachListener(attach -> openDashboards.incrementAndGet());
        dashboard.addDetachListener(detach -> openDashboards.decrementAndGet());
        Window window = new Window();
        // runs in the dashboard's UI (session locked) with its user's security context, as does the refresh
        live.follow(dashboard, event -> event.kind() == ChangeEvent.Kind.UPDATED, event -> {
            if (window.open) {
                return;
            }
            window.open = true;
            UI ui = UI.getCurrent();
            Runnable asTheUser = new DelegatingSecurityContextRunnable(() -> {
                window.open = false;
                if (dashboard.isAttached()) {
                    refreshes.incrementAndGet();
                    refresh.run();
                }
            });
            timer.schedule(() -> showInto(ui, asTheUser), windowMillis, TimeUnit.MILLISECONDS);
        });
    }

    private static void showInto(UI ui, Runnable refresh) {
        try {
            ui.access(refresh::run);
        } catch (UIDetachedException closedMeanwhile) {
            // the dashboard's browser tab is gone: nothing to show
        }
    }

    long refreshes() {
        return refreshes.get();
    }

    int openDashboards() {
        return openDashboards.get();
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }

    /** Whether a refresh is scheduled for one dashboard; read and written only under its UI's session lock. */
    private static final class Window {
        boolean open;
    }
}

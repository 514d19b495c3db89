package org.policytracker.order;

import com.vaadin.flow.component.Component;

/**
 * A part of a directive's page that another module contributes (the tasks on it, from the task
 * module), so that the directive page depends on no module that works on directives. Spring beans;
 * the page shows their parts after the directive's facts, in bean order.
 */
public interface DirectiveSection {

    /** A new component for one page: what this module shows about the directive, kept up to date while attached. */
    Component of(long directiveId);
}

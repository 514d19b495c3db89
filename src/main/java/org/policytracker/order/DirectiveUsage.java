package org.policytracker.order;

import java.util.List;

/**
 * Whether work of a higher module hangs on a directive (tasks, measures, reports), so that the order
 * module, which knows none of them, can tell a directive it may delete from one it must retire.
 * Implemented by the modules that work on directives; Spring beans.
 */
public interface DirectiveUsage {

    /** This module's work on the directive, in words ("2 tasks"), counted across every tenant; empty when none. */
    List<String> workOn(long directiveId);

    /** How {@link #workOn} words a count: "1 task", "3 tasks"; nothing for none. */
    static List<String> counted(long count, String one, String many) {
        return count == 0 ? List.of() : List.of(count + " " + (count == 1 ? one : many));
    }
}

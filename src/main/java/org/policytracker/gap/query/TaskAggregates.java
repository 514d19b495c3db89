package org.policytracker.gap.query;

import java.util.Map;
import org.policytracker.gap.TaskFigures;

/**
 * Task figures of the current tasks in a filter, grouped by directive (key: its id) or by agency
 * (key: its tenant id), and per trend period (key: the period's id) the same groups' counts at the
 * period's end.
 */
public record TaskAggregates<K>(Map<K, TaskFigures> figures, Map<Long, Map<K, PeriodTaskCounts>> trend) {
}

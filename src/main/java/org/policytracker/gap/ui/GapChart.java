package org.policytracker.gap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar or line chart drawn by Apache ECharts in the browser ({@code frontend/src/gap-chart.js}), in
 * the series colours of the stylesheet ({@code --pt-chart-series-1}, {@code -2}, ...). Always shown
 * next to a table of the same numbers; its accessible label points there.
 */
@Tag("gap-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./src/gap-chart.js")
class GapChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One named series of values (null: no value), drawn as bars or a line, on a 0-100 axis. */
    record Series(String name, String type, List<Double> values) {
    }

    GapChart(String label, List<String> categories, List<Series> series) {
        getElement().setAttribute("aria-label", label + " (the table next to the chart has the same numbers)");
        setWidthFull();
        setHeight("16rem");
        // series colours are not set here: gap-chart.js takes them from the CSS custom properties
        // --pt-chart-series-1, -2, ... of the page's styles
        Map<String, Object> option = Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0),
                "grid", Map.of("left", 40, "right", 16, "top", 32, "bottom", 48),
                "xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("interval", 0, "rotate", categories.size() > 6 ? 30 : 0)),
                "yAxis", Map.of("type", "value", "min", 0, "max", 100),
                "series", series.stream().map(s -> Map.of("name", s.name(), "type", s.type(),
                        "data", s.values().stream().map(v -> v == null ? "-" : (Object) (Math.round(v * 10) / 10.0)).toList()))
                        .toList());
        getElement().setAttribute("config", JSON.writeValueAsString(option));
    }
}

package org.perfgoals.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Our own wrapper of the ApexCharts npm package: the server holds a typed {@link ChartConfig}; setting a new one
 * updates the drawn chart in place. The module destroys the chart when the element leaves the page. Every text of
 * the config (names from imported forms among them) is shown as text, never read as markup: the module escapes it
 * for the places ApexCharts fills with HTML (legend, tooltips) and hands it raw to the SVG text places.
 */
@Tag("apex-chart")
@NpmPackage(value = "apexcharts", version = "7.6.1")
@JsModule("./apex-chart.js")
public class ApexChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ApexChart(ChartConfig config) {
        setConfig(config);
        setWidthFull();
    }

    /** The chart's data, read back from the element: the session keeps one copy, the one sent to the browser. */
    public ChartConfig getConfig() {
        return JSON.treeToValue((tools.jackson.databind.JsonNode) getElement().getPropertyRaw("config"),
                ChartConfig.class);
    }

    public void setConfig(ChartConfig config) {
        ObjectNode json = JSON.valueToTree(config);
        getElement().setPropertyJson("config", json);
    }
}

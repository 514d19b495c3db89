// <gap-chart>: an Apache ECharts chart drawn from the JSON option object in its "config"
// attribute, in the series colours of the stylesheet (--pt-chart-series-1, -2, ...). The server always puts a table with the same numbers next to it, so the chart is
// marked as an image whose label says where the numbers are.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

class GapChart extends HTMLElement {
  static get observedAttributes() {
    return ['config'];
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this.setAttribute('role', 'img');
    this.chart = echarts.init(this, null, { renderer: 'svg' });
    this.resizeObserver = new ResizeObserver(() => this.chart && this.chart.resize());
    this.resizeObserver.observe(this);
    this.render();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = null;
  }

  attributeChangedCallback() {
    this.render();
  }

  render() {
    const config = this.getAttribute('config');
    if (this.chart && config) {
      const option = JSON.parse(config);
      const colours = this.seriesColours();
      if (colours.length > 0) {
        option.color = colours;
      }
      this.chart.setOption(option, true);
    }
  }

  // The values of --pt-chart-series-1, -2, ... as they apply to this element, up to the first unset one.
  seriesColours() {
    const style = getComputedStyle(this);
    const colours = [];
    for (let n = 1; ; n++) {
      const colour = style.getPropertyValue(`--pt-chart-series-${n}`).trim();
      if (!colour) {
        return colours;
      }
      colours.push(colour);
    }
  }
}

customElements.define('gap-chart', GapChart);

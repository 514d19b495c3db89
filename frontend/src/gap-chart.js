// <gap-chart>: an Apache ECharts chart drawn from the JSON option object in its "config"
// attribute. The server always puts a table with the same numbers next to it, so the chart is
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
      this.chart.setOption(JSON.parse(config), true);
    }
  }
}

customElements.define('gap-chart', GapChart);

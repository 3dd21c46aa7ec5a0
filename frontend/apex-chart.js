// <apex-chart>: a thin custom element around the apexcharts npm package. The server sends a declarative `config`
// (type, labels, series, value format); this module turns it into ApexCharts options. No functions travel from
// the server, so nothing is eval'd: formatters are chosen here by name.
import ApexCharts from 'apexcharts';

const FORMATS = {
  yuan: (locale) => (v) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v)} ${locale.startsWith('zh') ? '元' : 'yuan'}`,
  percent: (locale) => (v) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v)} %`,
  number: (locale) => (v) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v),
};

// Ten distinguishable colours, so a budget of up to ten sub-items never repeats one (ApexCharts cycles five).
const PALETTE = ['#1676f3', '#13a452', '#e6a100', '#e8384f', '#8a5cd6', '#0bb4c4', '#f47a1f', '#5c6f82', '#c2185b',
  '#7cb342'];

function formatter(config) {
  const make = FORMATS[config.valueFormat] || FORMATS.number;
  return make(config.locale || 'zh-CN');
}

function darkMode() {
  const root = document.documentElement;
  return root.getAttribute('theme') === 'dark' || getComputedStyle(root).colorScheme === 'dark';
}

function toOptions(config) {
  const format = formatter(config);
  const options = {
    chart: {
      type: config.type,
      height: config.height || 320,
      fontFamily: 'inherit',
      background: 'transparent',
      toolbar: { show: false },
      animations: { enabled: false },
    },
    theme: { mode: darkMode() ? 'dark' : 'light' },
    labels: config.labels || [],
    legend: { position: 'bottom' },
    tooltip: { y: { formatter: format } },
    noData: { text: config.noDataText || '' },
  };
  options.colors = config.colors && config.colors.length ? config.colors : PALETTE;
  if (config.type === 'donut' || config.type === 'pie') {
    options.series = config.series.length ? config.series[0].data : [];
    options.dataLabels = { enabled: true, formatter: (pct) => `${pct.toFixed(1)}%` };
    options.plotOptions = {
      pie: {
        donut: {
          labels: {
            show: true,
            total: { show: true, label: config.totalLabel || '', formatter: (w) => format(w.globals.seriesTotals.reduce((a, b) => a + b, 0)) },
            value: { formatter: (v) => format(Number(v)) },
          },
        },
      },
    };
  } else {
    options.series = config.series;
    options.xaxis = { categories: config.labels || [] };
    options.yaxis = { labels: { formatter: format } };
    options.dataLabels = { enabled: false };
  }
  return options;
}

class ApexChartElement extends HTMLElement {
  constructor() {
    super();
    this._config = null;
    this._chart = null;
    this._type = null;
  }

  set config(value) {
    this._config = value;
    this._render();
  }

  get config() {
    return this._config;
  }

  connectedCallback() {
    if (!this._host) {
      this._host = document.createElement('div');
      this.appendChild(this._host);
    }
    this._render();
  }

  disconnectedCallback() {
    // Vaadin may detach and later re-attach the element: free the chart now, rebuild it on the next connect.
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _render() {
    if (!this.isConnected || !this._config || !this._host) {
      return;
    }
    const options = toOptions(this._config);
    if (this._chart && this._type === this._config.type) {
      this._chart.updateOptions(options, true, false);
      return;
    }
    if (this._chart) {
      this._chart.destroy();
    }
    this._type = this._config.type;
    this._chart = new ApexCharts(this._host, options);
    this._chart.render();
  }
}

if (!customElements.get('apex-chart')) {
  customElements.define('apex-chart', ApexChartElement);
}

// <apex-chart>: a thin custom element around the apexcharts npm package. The server sends a declarative `config`
// (type, labels, series, value format, annotations, colour ranges); this module turns it into ApexCharts options.
// No functions travel from the server, so nothing is eval'd: formatters are chosen here by name.
import ApexCharts from 'apexcharts';

// Ten distinguishable colours, so a budget of up to ten sub-items never repeats one (ApexCharts cycles five).
const PALETTE = ['#1676f3', '#13a452', '#e6a100', '#e8384f', '#8a5cd6', '#0bb4c4', '#f47a1f', '#5c6f82', '#c2185b',
  '#7cb342'];

// The colour of a dashed series (a forecast): a slate grey, neither a verdict's green nor red.
const EXPECTED_COLOR = '#5c6f82';

// Below this window width (CSS pixels) a chart is laid out for a phone.
const PHONE_WIDTH = 640;

const FORMATS = {
  yuan: (locale) => (v) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v)} ${locale.startsWith('zh') ? '元' : 'yuan'}`,
  percent: (locale) => (v) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v)} %`,
  number: (locale) => (v) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v),
};

// ApexCharts 7 writes legend entries and tooltip texts (title, series name, value, the x-axis hover label) with
// innerHTML, but draws axis labels, the title, annotation, data and donut-centre labels as SVG text (textContent).
// Our texts are data (project, sub-item and indicator names from imported forms), never markup: each formatter
// that feeds an HTML place escapes; the SVG places get the raw text, since escaping there would show "&lt;".
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);

function formatter(config) {
  const make = FORMATS[config.valueFormat] || FORMATS.number;
  const format = make(config.locale || 'zh-CN');
  return (v) => (v === null || v === undefined ? '—' : format(v));
}

// Axis ticks in short form (1,000万 / 10M) so that long amounts do not overlap.
function compact(config) {
  const number = new Intl.NumberFormat(config.locale || 'zh-CN', { notation: 'compact', maximumFractionDigits: 1 });
  return (v) => (v === null || v === undefined || Number.isNaN(Number(v)) ? '' : number.format(Number(v)));
}

function darkMode() {
  const root = document.documentElement;
  return root.getAttribute('theme') === 'dark' || getComputedStyle(root).colorScheme === 'dark';
}

function annotations(config) {
  return {
    yaxis: (config.annotations || []).map((mark) => ({
      y: mark.y,
      y2: mark.y2,
      borderColor: mark.color,
      fillColor: mark.color,
      opacity: mark.y2 !== undefined ? 0.08 : 1,
      strokeDashArray: mark.y2 !== undefined ? 0 : 6,
      label: mark.label ? { text: mark.label, borderColor: mark.color, style: { background: mark.color, color: '#fff' } } : undefined,
    })),
  };
}

function pieOptions(config, format) {
  return {
    series: config.series.length ? config.series[0].data : [],
    labels: config.labels || [],
    dataLabels: { enabled: true, formatter: (pct) => `${pct.toFixed(1)}%` },
    plotOptions: {
      pie: {
        donut: {
          labels: {
            show: true,
            total: { show: true, label: config.totalLabel || '', formatter: (w) => format(w.globals.seriesTotals.reduce((a, b) => a + b, 0)) },
            value: { formatter: (v) => format(Number(v)) },
          },
        },
      },
    },
  };
}

function heatmapOptions(config) {
  return {
    series: config.series.map((row) => ({ name: row.name, data: (config.labels || []).map((x, i) => ({ x, y: row.data[i] })) })),
    dataLabels: { enabled: false },
    plotOptions: { heatmap: { enableShades: false, colorScale: { ranges: config.ranges || [] } } },
    legend: { position: 'bottom', formatter: escapeHtml },
    xaxis: { type: 'category', tooltip: { formatter: escapeHtml } },
  };
}

function axisOptions(config, format) {
  const pointColors = config.series.find((s) => s.colors);
  const options = {
    series: config.series.map((s) => ({ name: s.name, type: s.type, data: s.data })),
    // Horizontal bars swap the axes: the values run along x, the category names down y.
    // The x-axis hover label is HTML too; the tick labels are SVG text.
    xaxis: config.horizontal
      ? { categories: config.labels || [], tickAmount: 4, labels: { formatter: compact(config) }, tooltip: { formatter: escapeHtml } }
      : { categories: config.labels || [], tooltip: { formatter: escapeHtml } },
    yaxis: config.horizontal ? { labels: { maxWidth: 220 } }
      : { labels: { formatter: format }, min: config.yMin, max: config.yMax, forceNiceScale: true },
    dataLabels: { enabled: false },
    // A dashed series is what is expected, not what was measured (the forecast to year end).
    stroke: {
      width: config.type === 'line' ? 3 : config.series.map((s) => (s.type === 'line' ? 3 : 0)),
      curve: 'straight',
      dashArray: config.series.map((s) => (s.dashed ? 6 : 0)),
    },
    markers: { size: config.type === 'line' ? 5 : 4 },
    annotations: annotations(config),
    plotOptions: { bar: { horizontal: !!config.horizontal, columnWidth: '55%', distributed: false } },
  };
  if (config.horizontal) {
    // On a phone the category names leave the value axis a third of the width: fewer ticks and shorter names,
    // or the compact amounts run into each other.
    options.responsive = [{
      breakpoint: PHONE_WIDTH,
      options: { xaxis: { tickAmount: 2 }, yaxis: { labels: { maxWidth: 96 } } },
    }];
  }
  if (!pointColors && config.series.some((s) => s.dashed)) {
    // What is expected gets a colour of its own, never one that reads as a verdict; the others keep theirs.
    let next = 0;
    options.colors = config.series.map((s) => (s.dashed ? EXPECTED_COLOR : PALETTE[next++ % PALETTE.length]));
  }
  if (pointColors) {
    // Colour each bar by its status: a function of the point, chosen here, not sent.
    options.colors = [({ dataPointIndex, seriesIndex }) => {
      const colors = config.series[seriesIndex].colors;
      return colors ? colors[dataPointIndex] : PALETTE[seriesIndex % PALETTE.length];
    }].concat(PALETTE.slice(1));
  }
  return options;
}

function toOptions(config) {
  const format = formatter(config);
  // Bars with a line (execution against time progress) are an ApexCharts mixed chart, whose type is 'line'.
  const mixed = (config.series || []).some((s) => s.type);
  const options = {
    chart: {
      type: mixed ? 'line' : config.type,
      height: config.height || 320,
      fontFamily: 'inherit',
      background: 'transparent',
      toolbar: { show: false },
      animations: { enabled: false },
    },
    theme: { mode: darkMode() ? 'dark' : 'light' },
    legend: { position: 'bottom', formatter: escapeHtml },
    // The HTML places of the tooltip, for every chart type: its title (category, heatmap column), each row's
    // series or slice name, each value.
    tooltip: {
      x: { formatter: escapeHtml },
      y: { formatter: (v) => escapeHtml(format(v)), title: { formatter: (name) => (name ? `${escapeHtml(name)}: ` : '') } },
    },
    noData: { text: config.noDataText || '' },
    colors: config.colors && config.colors.length ? config.colors : PALETTE,
  };
  // Only set what is given: an explicit `undefined` would replace ApexCharts' defaults and break the drawing.
  if (config.title) {
    options.title = { text: config.title, style: { fontSize: '14px', fontWeight: 600 } };
  }
  let specific;
  if (config.type === 'donut' || config.type === 'pie') {
    specific = pieOptions(config, format);
  } else if (config.type === 'heatmap') {
    specific = heatmapOptions(config);
  } else {
    specific = axisOptions(config, format);
  }
  return Object.assign(options, specific, specific.colors ? { colors: specific.colors } : {});
}

class ApexChartElement extends HTMLElement {
  constructor() {
    super();
    this._config = null;
    this._chart = null;
    this._type = null;
    this._themeObserver = null;
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
    // Follow the light / dark theme while the chart is on the page.
    this._themeObserver = new MutationObserver(() => this._render(true));
    this._themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'style'] });
    this._render();
  }

  disconnectedCallback() {
    // Vaadin may detach and later re-attach the element: free the chart now, rebuild it on the next connect.
    if (this._themeObserver) {
      this._themeObserver.disconnect();
      this._themeObserver = null;
    }
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _render(themeChanged) {
    if (!this.isConnected || !this._config || !this._host) {
      return;
    }
    const options = toOptions(this._config);
    if (this._chart && this._type === this._config.type && !themeChanged) {
      // New data for the same kind of chart: update in place, no re-creation.
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

// <city-apex-chart>: a time series drawn by ApexCharts, for the Flow component ApexChart.
// The server sets two properties: `config` ({kind, unit, color, fractionDigits, noData}) and `data`
// ({name, points: [[millis, value]], band?: {name, points: [[millis, low, high]]},
// reference?: {name, points: [[millis, value]]}}): the reference, such as a target, is a dashed line. Times are wall-clock times
// already shifted into the wanted zone by the server, so they are shown as UTC.
// ApexCharts itself (about 570 KB of script) is loaded the first time a chart has a size to be drawn in, not with
// the page: the page's texts show first, and pages without charts never load it.
import './city-apex-chart.css';

const DEFAULT_COLOR = '#0b3d91';

/** The ApexCharts class once loaded; null until then. */
let ApexCharts = null;
let apexChartsLoading = null;

/** Loads ApexCharts once for every chart on the page; a failed load is tried again by the next drawing. */
function loadApexCharts() {
  if (!apexChartsLoading) {
    apexChartsLoading = import('apexcharts').then((module) => {
      ApexCharts = module.default;
    }, (error) => {
      apexChartsLoading = null;
      throw error;
    });
  }
  return apexChartsLoading;
}
const REFERENCE_COLOR = '#c62828';

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The wall-clock time that the server encoded as UTC milliseconds, as "yyyy-MM-dd HH:mm". */
function wallClock(millis) {
  return new Date(millis).toISOString().slice(0, 16).replace('T', ' ');
}

class CityApexChart extends HTMLElement {
  constructor() {
    super();
    this._config = {};
    this._data = { name: '', points: [] };
    this._chart = null;
    this._shape = null;
    this._configChanged = true;
    this._queued = false;
    this._size = { width: 0, height: 0 };
  }

  set config(value) {
    this._config = value || {};
    this._configChanged = true;
    this._queueRender();
  }

  get config() {
    return this._config;
  }

  set data(value) {
    this._data = value || { name: '', points: [] };
    this._queueRender();
  }

  get data() {
    return this._data;
  }

  connectedCallback() {
    // Properties set before this element was upgraded hide the setters; pass them through.
    for (const name of ['config', 'data']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._plot) {
      this._plot = document.createElement('div');
      this._plot.className = 'city-chart-plot';
      // the drawing itself is not read out: a history chart has its words and its table (set by the server), a
      // sparkline's element carries its words as its label
      this._plot.setAttribute('aria-hidden', 'true');
      this.appendChild(this._plot);
    }
    this._resizeObserver = new ResizeObserver(() => this._resized());
    this._resizeObserver.observe(this);
  }

  disconnectedCallback() {
    this._resizeObserver?.disconnect();
    this._destroyChart();
  }

  _destroyChart() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
      this._shape = null;
    }
  }

  _queueRender() {
    if (this._queued) {
      return;
    }
    this._queued = true;
    queueMicrotask(() => {
      this._queued = false;
      this._render();
    });
  }

  _resized() {
    const width = Math.floor(this.clientWidth);
    const height = Math.floor(this.clientHeight);
    if (!width || !height || (width === this._size.width && height === this._size.height && this._chart)) {
      return;
    }
    this._size = { width, height };
    if (this._chart) {
      // ApexCharts 4.7 merges the new size in updateOptions but does not redraw; updateSeries does.
      this._chart.updateOptions({ chart: { width, height } }, false, false);
      this._chart.updateSeries(this._series(), false);
    } else {
      this._render();
    }
  }

  get _kind() {
    return this._config.kind === 'sparkline' ? 'sparkline' : 'line';
  }

  get _hasBand() {
    return this._kind === 'line' && !!this._data.band && (this._data.band.points || []).length > 0;
  }

  get _hasReference() {
    return this._kind === 'line' && !!this._data.reference && (this._data.reference.points || []).length > 0;
  }

  _render() {
    const width = Math.floor(this.clientWidth);
    const height = Math.floor(this.clientHeight);
    if (!this.isConnected || !width || !height) {
      return; // drawn once the element has a size (see _resized)
    }
    if (!ApexCharts) {
      // drawn with the latest config and data once the library is there
      loadApexCharts().then(() => this._queueRender(),
        (error) => console.error('<city-apex-chart>: ApexCharts could not be loaded', error));
      return;
    }
    const shape = this._kind + (this._hasBand ? '+band' : '') + (this._hasReference ? '+reference' : '')
      + (this._data.marks ? `+marks${JSON.stringify(this._data.marks)}` : '');
    const series = this._series();
    if (this._chart && this._shape === shape && !this._configChanged) {
      this._chart.updateSeries(series, false); // new data: the same chart redraws
      return;
    }
    // first drawing, or a new look (unit, colour, band or not): a new chart
    this._destroyChart();
    this._configChanged = false;
    this._shape = shape;
    this._size = { width, height };
    this._chart = new ApexCharts(this._plot, { ...this._options(width, height), series });
    this._chart.render();
  }

  _series() {
    const data = this._data;
    // ApexCharts writes series names into the legend as HTML: give it escaped text
    const style = this._config.style === 'bar' || this._config.style === 'area' ? this._config.style : 'line';
    const line = {
      name: escapeHtml(data.name || ''),
      type: this._kind === 'line' && !this._hasBand ? style : 'line',
      data: (data.points || []).map((point) => ({ x: point[0], y: point[1] })),
    };
    this._valueAt = new Map(line.data.map((point) => [point.x, point.y]));
    this._rangeAt = new Map();
    this._referenceAt = new Map();
    const tail = [line];
    if (this._hasReference) {
      const reference = {
        name: escapeHtml(data.reference.name || ''),
        type: 'line',
        data: data.reference.points.map((point) => ({ x: point[0], y: point[1] })),
      };
      reference.data.forEach((point) => this._referenceAt.set(point.x, point.y));
      tail.push(reference);
    }
    if (!this._hasBand) {
      return tail;
    }
    const band = {
      name: escapeHtml(data.band.name || ''),
      type: 'rangeArea',
      data: data.band.points
        .filter((point) => point[1] !== null && point[2] !== null)
        .map((point) => ({ x: point[0], y: [point[1], point[2]] })),
    };
    band.data.forEach((point) => this._rangeAt.set(point.x, point.y));
    return [band, ...tail];
  }

  /** One tooltip for the time under the pointer: the value and, with a band, the range. */
  _tooltip(w, seriesIndex, dataPointIndex, number, withUnit) {
    const x = w.globals.seriesX[seriesIndex]?.[dataPointIndex];
    if (x === undefined) {
      return '';
    }
    const color = this._config.color || DEFAULT_COLOR;
    const value = this._valueAt.get(x);
    const range = this._rangeAt.get(x);
    let html = `<div class="city-chart-tooltip"><div class="city-chart-tooltip-time">${wallClock(x)}</div>`;
    if (typeof value === 'number') {
      html += `<div><span class="city-chart-tooltip-dot" style="background:${escapeHtml(color)}"></span>`
        + `${escapeHtml(this._data.name)} <b>${escapeHtml(withUnit(value))}</b></div>`;
    }
    const reference = this._referenceAt.get(x);
    if (typeof reference === 'number') {
      html += `<div><span class="city-chart-tooltip-dot" style="background:${REFERENCE_COLOR}"></span>`
        + `${escapeHtml(this._data.reference.name)} <b>${escapeHtml(withUnit(reference))}</b></div>`;
    }
    if (range) {
      html += `<div class="city-chart-tooltip-range">${escapeHtml(this._data.band.name)} `
        + `${escapeHtml(number(range[0]))}–${escapeHtml(withUnit(range[1]))}</div>`;
    }
    return `${html}</div>`;
  }

  _options(width, height) {
    const config = this._config;
    const color = config.color || DEFAULT_COLOR;
    const unit = config.unit || '';
    const numbers = new Intl.NumberFormat(undefined, {
      maximumFractionDigits: Number.isInteger(config.fractionDigits) ? config.fractionDigits : 1,
    });
    const number = (value) => (typeof value === 'number' && Number.isFinite(value) ? numbers.format(value) : '');
    const withUnit = (value) => {
      const text = number(value);
      return text && unit ? `${text} ${unit}` : text;
    };
    const chart = {
      width,
      height,
      fontFamily: 'inherit',
      parentHeightOffset: 0,
      animations: { enabled: false },
      redrawOnParentResize: false,
      redrawOnWindowResize: false,
      toolbar: { show: false },
      zoom: { enabled: false },
      selection: { enabled: false },
    };
    if (this._kind === 'sparkline') {
      return {
        chart: { ...chart, type: 'line', sparkline: { enabled: true } },
        colors: [color],
        stroke: { width: 2, curve: 'straight' },
        xaxis: { type: 'datetime' },
        yaxis: { labels: { formatter: number } },
        tooltip: { enabled: false },
        states: { hover: { filter: { type: 'none' } }, active: { filter: { type: 'none' } } },
        dataLabels: { enabled: false },
        legend: { show: false },
        markers: { size: 0 },
      };
    }
    const band = this._hasBand;
    const reference = this._hasReference;
    const colors = [...(band ? [color] : []), color, ...(reference ? [REFERENCE_COLOR] : [])];
    return {
      chart: { ...chart, type: band ? 'rangeArea' : (config.style === 'bar' || config.style === 'area' ? config.style : 'line') },
      // marks are this application's own short words (alert, incident); the events' own texts are listed as text
      annotations: {
        xaxis: (this._data.marks || []).map((mark) => ({
          x: mark[0],
          borderColor: mark[2] || '#c62828',
          strokeDashArray: 4,
          label: { text: String(mark[1] ?? ''), orientation: 'horizontal',
            style: { background: mark[2] || '#c62828', color: '#fff', fontSize: '11px' } },
        })),
      },
      colors,
      fill: { type: 'solid', opacity: [...(band ? [0.2] : []), config.style === 'area' && !band ? 0.35 : 1, ...(reference ? [1] : [])] },
      stroke: {
        width: [...(band ? [0] : []), 2, ...(reference ? [2] : [])],
        dashArray: [...(band ? [0] : []), 0, ...(reference ? [6] : [])],
        curve: 'straight',
      },
      markers: { size: reference ? 4 : 0, hover: { size: 4 } },
      dataLabels: { enabled: false },
      legend: { show: reference, position: 'top', horizontalAlign: 'left', fontSize: '12px' },
      grid: { borderColor: 'rgba(0, 0, 0, 0.08)', strokeDashArray: 3, padding: { left: 4, right: 8, top: 0 } },
      xaxis: {
        type: 'datetime',
        labels: { datetimeUTC: true, hideOverlappingLabels: true, style: { fontSize: '11px' } },
        axisTicks: { show: false },
        tooltip: { enabled: false },
      },
      yaxis: {
        forceNiceScale: true,
        labels: { formatter: number, style: { fontSize: '11px' } },
        title: unit ? { text: unit, style: { fontSize: '11px', fontWeight: 500 } } : undefined,
      },
      tooltip: {
        shared: true,
        custom: ({ seriesIndex, dataPointIndex, w }) => this._tooltip(w, seriesIndex, dataPointIndex, number, withUnit),
      },
      noData: { text: config.noData || '', style: { fontSize: '13px' } },
    };
  }
}

if (!customElements.get('city-apex-chart')) {
  customElements.define('city-apex-chart', CityApexChart);
}

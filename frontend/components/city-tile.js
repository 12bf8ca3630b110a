import './city-apex-chart.js';

/**
 * One indicator's tile, drawn in the browser from a few properties: the name and unit, the value, where it comes
 * from, the "simulated", "stale" and "source problem" badges and the 24-hour sparkline with its description in
 * words (trendLabel). The server keeps one element
 * per tile instead of a dozen (thousands of dashboards stay open at once), and a live update sends only the
 * properties that changed. Every text is set as text, never as HTML.
 *
 * The tile's own element carries its class, level colour, role, tab stop and label, set by the server.
 */
const PARTS = ['name', 'unit', 'value', 'level', 'source', 'simulated', 'stale', 'problem', 'badgeLabels', 'trend', 'trendLabel', 'digits'];

let tileCount = 0;

class CityTile extends HTMLElement {
  constructor() {
    super();
    this._state = { name: '', unit: '', value: '', level: '', source: '', simulated: false, stale: false, problem: '',
      badgeLabels: ['', '', ''], trend: { name: '', points: [] }, trendLabel: '', digits: 1 };
  }

  connectedCallback() {
    // Properties set before this element was upgraded hide the accessors; pass them through.
    for (const part of PARTS) {
      if (Object.prototype.hasOwnProperty.call(this, part)) {
        const value = this[part];
        delete this[part];
        this[part] = value;
      }
    }
    if (!this._parts) {
      this._build();
    }
    this._show();
  }

  _build() {
    const span = (className) => {
      const element = document.createElement('span');
      element.className = className;
      return element;
    };
    const name = span('tile-name');
    const simulated = span('tile-badge badge-simulated');
    const stale = span('tile-badge badge-stale');
    const problem = span('tile-badge badge-problem');
    const header = document.createElement('div');
    header.className = 'tile-header';
    header.append(name, simulated, stale, problem);
    const value = span('tile-value');
    const unit = span('tile-unit');
    const reading = document.createElement('div');
    reading.className = 'tile-reading';
    // the level in a shape and a word beside its colour (WCAG 1.4.1), for warning and danger
    const level = span('tile-level');
    level.id = `city-tile-level-${tileCount + 1}`;
    reading.append(value, unit, level);
    const chart = document.createElement('city-apex-chart');
    chart.className = 'city-chart tile-trend';
    chart.setAttribute('role', 'img');
    chart.style.height = '40px';
    // the tile is a button, whose own children are not read out: it points at the sparkline's words instead
    chart.id = `city-tile-trend-${++tileCount}`;
    this.setAttribute('aria-describedby', `${level.id} ${chart.id}`);
    const source = span('tile-source');
    this.append(header, reading, chart, source);
    this._parts = { name, simulated, stale, problem, value, unit, level, chart, source };
  }

  _show() {
    if (!this._parts) {
      return;
    }
    const s = this._state;
    const p = this._parts;
    p.name.textContent = s.name;
    p.unit.textContent = s.unit;
    p.value.textContent = s.value;
    p.level.textContent = s.level;
    p.level.hidden = !s.level;
    p.source.textContent = s.source;
    const [simulatedLabel, staleLabel, problemLabel] = s.badgeLabels;
    p.simulated.textContent = simulatedLabel;
    p.simulated.hidden = !s.simulated;
    p.stale.textContent = staleLabel;
    p.stale.hidden = !s.stale;
    p.problem.textContent = problemLabel;
    p.problem.hidden = !s.problem;
    if (s.problem) {
      p.problem.title = s.problem;
      p.problem.setAttribute('aria-label', `${problemLabel}: ${s.problem}`);
    } else {
      p.problem.removeAttribute('title');
      p.problem.removeAttribute('aria-label');
    }
    // the sparkline in words, built by the server from the same points (WCAG 1.1.1)
    if (s.trendLabel) {
      p.chart.setAttribute('aria-label', s.trendLabel);
    } else {
      p.chart.removeAttribute('aria-label');
    }
    if (this._chartDigits !== s.digits) {
      this._chartDigits = s.digits;
      p.chart.config = { kind: 'sparkline', unit: '', color: '#0b3d91', fractionDigits: s.digits, noData: '' };
    }
    if (this._chartTrend !== s.trend) {
      this._chartTrend = s.trend;
      p.chart.data = s.trend;
    }
  }
}

for (const part of PARTS) {
  Object.defineProperty(CityTile.prototype, part, {
    get() {
      return this._state[part];
    },
    set(value) {
      this._state[part] = value;
      this._show();
    },
  });
}

if (!customElements.get('city-tile')) {
  customElements.define('city-tile', CityTile);
}

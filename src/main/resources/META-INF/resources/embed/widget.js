// An embedded public widget (/embed/widget/{id}): the server draws it first; this script listens to its event stream
// and, whenever new values of its indicator are recorded, fetches its data and redraws it. Every text is set with
// textContent, never as markup: names and sources are written by people.
(() => {
  'use strict';
  const root = document.getElementById('embed-widget');
  if (!root) {
    return;
  }
  const WIDTH = 300;
  const HEIGHT = 80;
  const PAD = 4;
  const SVG = 'http://www.w3.org/2000/svg';

  const find = (selector) => root.querySelector(selector);
  const setText = (selector, text) => {
    const element = find(selector);
    if (element) {
      element.textContent = text == null ? '' : String(text);
    }
  };
  const show = (selector, visible) => {
    const element = find(selector);
    if (element) {
      element.hidden = !visible;
    }
  };

  const points = (trend) => {
    if (!trend.length) {
      return '';
    }
    const values = trend.map((point) => point.value);
    const min = Math.min(...values);
    const max = Math.max(...values);
    return trend.map((point, i) => {
      const x = trend.length === 1 ? WIDTH / 2 : (i * WIDTH) / (trend.length - 1);
      const y = max === min ? HEIGHT / 2 : HEIGHT - PAD - ((point.value - min) / (max - min)) * (HEIGHT - 2 * PAD);
      return `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
    }).join(' ');
  };

  const drawTrend = (data) => {
    const svg = find('svg.embed-line');
    if (!svg) {
      return;
    }
    let line = svg.querySelector('polyline');
    if (!line) {
      line = document.createElementNS(SVG, 'polyline');
      svg.appendChild(line);
    }
    line.setAttribute('points', points(data.trend || []));
    svg.setAttribute('aria-label', data.trendLabel || '');
  };

  const drawDistricts = (data) => {
    const body = find('table.embed-districts tbody');
    if (!body) {
      return;
    }
    const rows = (data.districts || []).map((district, i) => {
      const row = document.createElement('tr');
      row.dataset.district = district.code;
      const rank = document.createElement('td');
      rank.textContent = String(i + 1);
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = district.name;
      const value = document.createElement('td');
      value.className = 'embed-number';
      value.textContent = district.value;
      row.append(rank, name, value);
      return row;
    });
    body.replaceChildren(...rows);
  };

  const draw = (data) => {
    setText('.embed-name', data.title || data.name);
    setText('.embed-subtitle', data.title ? data.name : '');
    show('.embed-subtitle', !!data.title);
    const figure = find('.embed-figure');
    if (figure) {
      figure.dataset.level = data.level || 'NORMAL';
    }
    setText('.embed-value', data.value == null ? '—' : data.value);
    setText('.embed-unit', data.unit);
    show('.embed-no-value', data.value == null);
    show('.embed-stale', !!data.stale);
    show('.embed-simulated', !!data.simulated);
    setText('.embed-source', data.source);
    setText('.embed-frequency', data.frequency);
    const asOf = find('.embed-as-of');
    if (asOf) {
      asOf.textContent = data.asOf || '—';
      if (data.observedAt) {
        asOf.setAttribute('datetime', data.observedAt);
      } else {
        asOf.removeAttribute('datetime');
      }
    }
    if (data.view === 'districts') {
      drawDistricts(data);
    } else {
      drawTrend(data);
    }
    root.dataset.updated = String(Date.now());
  };

  let fetching = null;
  let again = false;
  const refresh = () => {
    if (fetching) {
      // one fetch at a time; one more after it if values came in meanwhile
      again = true;
      return fetching;
    }
    fetching = fetch(root.dataset.data, {credentials: 'omit', cache: 'no-store', headers: {Accept: 'application/json'}})
      .then((response) => (response.ok ? response.json() : null))
      .then((data) => {
        if (data) {
          draw(data);
        }
      })
      .catch(() => { /* shown again at the next event */ })
      .finally(() => {
        fetching = null;
        if (again) {
          again = false;
          refresh();
        }
      });
    return fetching;
  };

  if (window.EventSource) {
    const events = new EventSource(root.dataset.events);
    // on every (re)connection: catch up with what may have been recorded while not connected
    events.addEventListener('open', () => {
      root.dataset.live = 'yes';
      refresh();
    });
    events.addEventListener('observations', refresh);
    events.addEventListener('error', () => {
      root.dataset.live = 'no';
    });
  }
  // the stale mark and the 24-hour window move on even when nothing is recorded
  setInterval(refresh, 10 * 60 * 1000);
})();

// <city-map>: Seoul's districts drawn by Leaflet without background tiles, for the Flow component CityMap.
// The server sets the properties `districts` (a GeoJSON FeatureCollection whose features carry `code` and
// `name`, as JSON text: one string shared by every open UI on the server), `choropleth` ({colours: {code: css}, labels: {code: text}}), `layers` ({name: [{id, lat, lon, label,
// colour}]}) and `selected` (a district code). The element fires `district-click` and `marker-click`.
// Leaflet's script (about 150 KB) is loaded the first time a map has a size to be drawn in, not with the page: the
// page's texts show first, and pages without a map never load it. Its style sheet is small and comes with the page.
import 'leaflet/dist/leaflet.css';
import './city-map.css';

const PLAIN_FILL = '#dce5f0';
const OUTLINE = '#ffffff';
const HOVER_OUTLINE = '#5b7fb8';
const SELECTED_OUTLINE = '#0b3d91';
const COMPACT_WIDTH = 560;

/** Leaflet's module once loaded; null until then. */
let L = null;
let leafletLoading = null;

/** Loads Leaflet once for every map on the page; a failed load is tried again by the next resize. */
function loadLeaflet() {
  if (!leafletLoading) {
    leafletLoading = import('leaflet/dist/leaflet-src.esm.js').then((module) => {
      L = module;
    }, (error) => {
      leafletLoading = null;
      throw error;
    });
  }
  return leafletLoading;
}

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

class CityMap extends HTMLElement {
  constructor() {
    super();
    this._districts = null;
    this._choropleth = { colours: {}, labels: {} };
    this._layers = {};
    this._selected = null;
    this._map = null;
    this._districtLayer = null;
    this._districtsByCode = new Map(); // code -> [{layer, feature}]
    this._markerLayers = new Map(); // layer name -> {json, group}
    this._hovered = null;
  }

  set districts(value) {
    this._districts = typeof value === 'string' ? (value ? JSON.parse(value) : null) : (value || null);
    if (this._map) {
      this._drawDistricts();
    }
  }

  get districts() {
    return this._districts;
  }

  set choropleth(value) {
    this._choropleth = { colours: value?.colours || {}, labels: value?.labels || {} };
    if (this._map) {
      this._restyle();
    }
  }

  get choropleth() {
    return this._choropleth;
  }

  set layers(value) {
    this._layers = value || {};
    if (this._map) {
      this._drawMarkers();
    }
  }

  get layers() {
    return this._layers;
  }

  set selected(value) {
    this._selected = value ? String(value) : null;
    if (this._map) {
      this._restyle();
    }
  }

  get selected() {
    return this._selected;
  }

  connectedCallback() {
    // Properties set before this element was upgraded hide the setters; pass them through.
    for (const name of ['districts', 'choropleth', 'layers', 'selected']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._canvas) {
      this._canvas = document.createElement('div');
      this._canvas.className = 'city-map-canvas';
      this.appendChild(this._canvas);
    }
    this._resizeObserver = new ResizeObserver(() => this._resized());
    this._resizeObserver.observe(this);
  }

  disconnectedCallback() {
    this._resizeObserver?.disconnect();
  }

  _resized() {
    const width = this.clientWidth;
    const height = this.clientHeight;
    if (!width || !height) {
      return; // Leaflet cannot lay out a map without a size
    }
    this._canvas.classList.toggle('city-map-compact', width < COMPACT_WIDTH);
    if (!L) {
      if (!this._awaitingLeaflet) {
        // drawn at the size and with the properties of that moment once the library is there
        this._awaitingLeaflet = true;
        loadLeaflet().then(() => {
          this._awaitingLeaflet = false;
          this._resized();
        }, (error) => {
          this._awaitingLeaflet = false;
          console.error('<city-map>: Leaflet could not be loaded', error);
        });
      }
      return;
    }
    if (!this._map) {
      this._createMap();
    } else {
      this._map.invalidateSize({ animate: false });
      this._fit();
    }
  }

  _createMap() {
    this._coarsePointer = window.matchMedia('(pointer: coarse)').matches;
    this._map = L.map(this._canvas, {
      attributionControl: false,
      zoomControl: true,
      scrollWheelZoom: false, // the page scrolls under the mouse wheel, never the map
      dragging: !this._coarsePointer, // on touch screens one finger scrolls the page; see _updateDragging
      touchZoom: true,
      boxZoom: false,
      zoomSnap: 0.1,
      zoomDelta: 0.5,
      minZoom: 8,
      maxZoom: 17,
    });
    this._map.createPane('cityMarkers');
    const pane = this._map.getPane('cityMarkers');
    pane.style.zIndex = 450;
    pane.style.pointerEvents = 'none'; // only the markers themselves take clicks, the districts below stay clickable
    this._markerRenderer = L.svg({ pane: 'cityMarkers' });
    this._map.on('zoomend', () => {
      this._updateDragging();
      this._declutter();
    });
    this._map.setView([37.5665, 126.978], 11);
    this._drawDistricts();
    this._drawMarkers();
  }

  _drawDistricts() {
    if (this._districtLayer) {
      this._districtLayer.remove();
      this._districtLayer = null;
    }
    this._districtsByCode.clear();
    if (!this._districts) {
      return;
    }
    this._districtLayer = L.geoJSON(this._districts, {
      style: (feature) => this._style(String(feature.properties?.code)),
      onEachFeature: (feature, layer) => this._initDistrict(feature, layer),
    }).addTo(this._map);
    this._fit();
    this._raiseSelected();
  }

  _initDistrict(feature, layer) {
    const code = String(feature.properties?.code);
    const entries = this._districtsByCode.get(code) || [];
    entries.push({ layer, feature });
    this._districtsByCode.set(code, entries);
    layer.bindTooltip(this._label(feature), {
      permanent: true,
      direction: 'center',
      className: 'city-map-label',
      interactive: false,
      opacity: 1,
    });
    layer.on('click', () => this._districtClicked(code));
    layer.on('mouseover', () => {
      this._hovered = code;
      layer.setStyle(this._style(code));
    });
    layer.on('mouseout', () => {
      this._hovered = null;
      layer.setStyle(this._style(code));
    });
    layer.on('add', () => {
      const path = layer.getElement();
      if (path) {
        path.classList.add('city-map-district');
        path.setAttribute('tabindex', '0');
        path.setAttribute('role', 'button');
        this._describe(path, code, feature);
        path.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            this._districtClicked(code);
          }
        });
      }
    });
  }

  /** A district's words for keyboard and screen reader users: its name and value label, and whether it is chosen. */
  _describe(path, code, feature) {
    const value = this._choropleth.labels[code];
    const name = this._name(feature) || code;
    path.setAttribute('aria-label', value ? `${name} ${value}` : name);
    if (code === this._selected) {
      path.setAttribute('aria-current', 'true');
    } else {
      path.removeAttribute('aria-current');
    }
  }

  _districtClicked(code) {
    this.dispatchEvent(new CustomEvent('district-click', { detail: { code } }));
  }

  /** The district's name in the reader's language: the property named by `nameKey`, else `name`. */
  _name(feature) {
    return feature.properties?.[this.nameKey || 'name'] || feature.properties?.name;
  }

  _label(feature) {
    const code = String(feature.properties?.code);
    const name = this._name(feature) || code;
    const value = this._choropleth.labels[code];
    return `<span class="city-map-name">${escapeHtml(name)}</span>`
      + (value ? `<span class="city-map-value">${escapeHtml(value)}</span>` : '');
  }

  _style(code) {
    const fill = this._choropleth.colours[code];
    const selected = code === this._selected;
    const hovered = code === this._hovered;
    return {
      color: selected ? SELECTED_OUTLINE : hovered ? HOVER_OUTLINE : OUTLINE,
      weight: selected ? 3 : hovered ? 2 : 1.5,
      opacity: 1,
      fillColor: fill || PLAIN_FILL,
      fillOpacity: 1, // the status colours are chosen opaque for their contrast (DistrictStyle)
      lineJoin: 'round',
    };
  }

  /** Only restyles: colours, outlines and label texts; the layers stay. */
  _restyle() {
    for (const [code, entries] of this._districtsByCode) {
      for (const { layer, feature } of entries) {
        layer.setStyle(this._style(code));
        layer.setTooltipContent(this._label(feature));
        const path = layer.getElement();
        if (path) {
          this._describe(path, code, feature);
        }
      }
    }
    this._raiseSelected();
    this._declutter();
  }

  /**
   * Shows each district's label only as far as it fits at the current zoom: a value that is wider than its district
   * wraps, and where labels would cover each other the smaller district's value goes, then its name. Larger
   * districts (and the selected one) keep theirs first. Zooming in brings labels back.
   */
  _declutter() {
    if (!this._map || !this._districtLayer) {
      return;
    }
    const items = [];
    for (const [code, entries] of this._districtsByCode) {
      for (const { layer } of entries) {
        const tooltip = layer.getTooltip();
        const label = tooltip?.getElement();
        if (!label) {
          continue;
        }
        const bounds = layer.getBounds();
        const northWest = this._map.latLngToContainerPoint(bounds.getNorthWest());
        const southEast = this._map.latLngToContainerPoint(bounds.getSouthEast());
        const width = Math.abs(southEast.x - northWest.x);
        const height = Math.abs(southEast.y - northWest.y);
        const name = label.querySelector('.city-map-name');
        const value = label.querySelector('.city-map-value');
        label.classList.remove('city-map-label-hidden', 'city-map-value-hidden', 'city-map-value-wrap');
        if (value) {
          value.style.maxWidth = '';
          if (value.offsetWidth > width * 0.92) {
            label.classList.add('city-map-value-wrap');
            value.style.maxWidth = `${Math.max(width * 0.92, 24)}px`;
            if (label.offsetHeight > height * 0.9 || value.offsetWidth > width) {
              label.classList.add('city-map-value-hidden');
            }
          }
        }
        if (name && name.offsetWidth > width * 1.2) {
          label.classList.add('city-map-label-hidden');
        }
        tooltip.update();
        const priority = code === this._selected ? Infinity : width * height;
        items.push({ tooltip, label, value, priority });
      }
    }
    items.sort((a, b) => b.priority - a.priority);
    const placed = [];
    const overlapping = (rect) => placed.some((other) => rect.left + 1 < other.right && rect.right - 1 > other.left
      && rect.top + 1 < other.bottom && rect.bottom - 1 > other.top);
    for (const { tooltip, label, value } of items) {
      if (label.classList.contains('city-map-label-hidden')) {
        continue;
      }
      let rect = label.getBoundingClientRect();
      if (overlapping(rect) && value && !label.classList.contains('city-map-value-hidden')) {
        label.classList.add('city-map-value-hidden');
        tooltip.update();
        rect = label.getBoundingClientRect();
      }
      if (overlapping(rect)) {
        label.classList.add('city-map-label-hidden');
      } else {
        placed.push(rect);
      }
    }
  }

  _raiseSelected() {
    for (const { layer } of this._districtsByCode.get(this._selected) || []) {
      layer.bringToFront();
    }
  }

  _fit() {
    const bounds = this._districtLayer?.getBounds();
    if (!bounds || !bounds.isValid()) {
      return;
    }
    this._map.fitBounds(bounds, { padding: [6, 6], animate: false });
    this._fittedZoom = this._map.getZoom();
    this._updateDragging();
    this._declutter();
  }

  /** On touch screens the map can be moved with one finger only while zoomed in beyond the whole city. */
  _updateDragging() {
    if (!this._coarsePointer || this._fittedZoom === undefined) {
      return;
    }
    if (this._map.getZoom() > this._fittedZoom + 0.05) {
      this._map.dragging.enable();
    } else {
      this._map.dragging.disable();
    }
  }

  _drawMarkers() {
    const wanted = this._layers || {};
    for (const [name, drawn] of this._markerLayers) {
      if (!(name in wanted)) {
        drawn.group.remove();
        this._markerLayers.delete(name);
      }
    }
    for (const [name, markers] of Object.entries(wanted)) {
      const json = JSON.stringify(markers);
      const drawn = this._markerLayers.get(name);
      if (drawn && drawn.json === json) {
        continue; // unchanged layer
      }
      drawn?.group.remove();
      const group = L.layerGroup((markers || []).map((marker) => this._marker(name, marker))).addTo(this._map);
      this._markerLayers.set(name, { json, group });
    }
  }

  _marker(layerName, marker) {
    const circle = L.circleMarker([marker.lat, marker.lon], {
      renderer: this._markerRenderer,
      pane: 'cityMarkers',
      radius: 6,
      color: '#ffffff',
      weight: 1.5,
      fillColor: marker.colour,
      fillOpacity: 0.95,
    });
    if (marker.label) {
      circle.bindTooltip(escapeHtml(marker.label), {
        direction: 'top',
        offset: [0, -6],
        className: 'city-map-marker-label',
      });
    }
    circle.on('click', (event) => {
      L.DomEvent.stopPropagation(event);
      this.dispatchEvent(new CustomEvent('marker-click', { detail: { layer: layerName, id: marker.id } }));
    });
    return circle;
  }
}

if (!customElements.get('city-map')) {
  customElements.define('city-map', CityMap);
}

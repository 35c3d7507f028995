/*
 * The map: an offline base layer, one marker per place (sized by the largest figure claimed, coloured by the
 * most frequent type), and markers that would overlap at the current zoom drawn as one cluster, which zooms
 * in when clicked.
 */
'use strict';

function initMap() {
  const map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 13, attributionControl: true }).setView([30, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Base map: Natural Earth (public domain), world-atlas');
  fetch('/basemap/countries-110m.geojson').then(r => r.json()).then(geo => {
    L.geoJSON(geo, { interactive: false, style: { color: '#9aa3ad', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 } })
      .addTo(map).bringToBack();
  }).catch(e => status('Base map missing: ' + e.message));
  state.map = map;
  state.markers = L.layerGroup().addTo(map);
  map.on('zoomend', drawClusters);
  addLegend(map);
}

function addLegend(map) {
  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = () => {
    const box = el('div', { class: 'legend' });
    for (const t of [...Object.keys(COLOURS), 'other']) {
      const sw = el('span', { class: 'swatch' });
      sw.style.background = COLOURS[t] || OTHER_COLOUR;
      box.appendChild(el('div', {}, sw, t.toLowerCase()));
    }
    box.appendChild(el('div', { class: 'muted' }, 'size: largest figure claimed'));
    box.appendChild(el('div', { class: 'muted' }, 'dashed: several places, click to zoom'));
    return box;
  };
  legend.addTo(map);
}

function placeKey(p) {
  return p.lat.toFixed(3) + ',' + p.lon.toFixed(3);
}

function drawMarkers() {
  state.byPlace = new Map();
  for (const e of state.events) {
    if (!e.place) continue;
    const k = placeKey(e.place);
    if (!state.byPlace.has(k)) state.byPlace.set(k, []);
    state.byPlace.get(k).push(e);
  }
  const places = [...state.byPlace.values()];
  if (!state.fitted && places.length) {
    state.fitted = true;
    state.map.fitBounds(L.latLngBounds(places.map(ev => [ev[0].place.lat, ev[0].place.lon])),
      { padding: [60, 60], maxZoom: 8, animate: false });
  }
  drawClusters();
}

function radius(events) {
  return 6 + 3 * Math.log2(1 + Math.max(...events.map(harm)));
}

/** Places whose markers would overlap at this zoom form one cluster; the biggest marker leads it. */
function clusters() {
  const places = [...state.byPlace].map(([key, events]) => ({ key, events, r: radius(events),
    pt: state.map.latLngToLayerPoint([events[0].place.lat, events[0].place.lon]) }))
    .sort((a, b) => b.r - a.r);
  const out = [];
  for (const p of places) {
    const near = out.find(c => c.pt.distanceTo(p.pt) < (c.r + p.r) * 0.9);
    if (near) near.places.push(p); else out.push({ pt: p.pt, r: p.r, places: [p] });
  }
  return out;
}

function drawClusters() {
  state.markers.clearLayers();
  for (const c of clusters()) {
    if (c.places.length === 1) drawPlace(c.places[0].key, c.places[0].events);
    else drawCluster(c.places);
  }
}

function dominantColour(events) {
  const counts = {};
  events.forEach(e => { counts[e.type] = (counts[e.type] || 0) + 1; });
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  return COLOURS[top] || OTHER_COLOUR;
}

function drawPlace(key, events) {
  const p = events[0].place;
  const m = L.circleMarker([p.lat, p.lon], { radius: radius(events), color: '#fff', weight: 1.5,
    fillColor: dominantColour(events), fillOpacity: 0.85, className: 'vigil-marker' });
  const verified = events.filter(e => e.review && e.review.state === 'verified').length;
  m.bindTooltip(el('span', {}, p.name + ': ' + events.length + (events.length === 1 ? ' event' : ' events')
    + ' (' + verified + ' verified)'));
  m.on('click', () => { location.hash = '#place=' + key; });
  m.addTo(state.markers);
  const node = m.getElement();
  node.setAttribute('data-place', p.name);
  node.setAttribute('data-event-ids', events.map(e => e.id).join(' '));
  node.setAttribute('data-review-states', events.map(e => (e.review ? e.review.state : 'auto')).join(' '));
  if (events.every(e => e.review && e.review.state === 'verified')) node.classList.add('all-verified');
}

function drawCluster(places) {
  const events = places.flatMap(p => p.events);
  const lead = places[0].events[0].place;
  const names = places.map(p => p.events[0].place.name);
  const m = L.circleMarker([lead.lat, lead.lon], { radius: places[0].r + 3, color: '#333', weight: 2, dashArray: '4 3',
    fillColor: dominantColour(events), fillOpacity: 0.85, className: 'vigil-marker vigil-cluster' });
  m.bindTooltip(el('span', {}, names.join(', ') + ': ' + events.length + ' events; click to zoom in'));
  m.on('click', () => {
    if (state.map.getZoom() >= 12) { location.hash = '#place=' + places.map(p => p.key).join(';'); return; }
    state.map.fitBounds(L.latLngBounds(places.map(p => [p.events[0].place.lat, p.events[0].place.lon])),
      { padding: [80, 80], maxZoom: 12, animate: false });
  });
  m.addTo(state.markers);
  m.getElement().setAttribute('data-places', names.join('|'));
}

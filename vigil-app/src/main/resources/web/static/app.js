/*
 * Vigil's page: map, timeline, event list, evidence panel, document view.
 * Everything that comes from documents is put in the page as text (textContent / text nodes), never as HTML;
 * the server's Content-Security-Policy forbids inline scripts as a second wall.
 */
'use strict';

const TYPES = ['PROTEST', 'ASSAULT', 'COERCE', 'MOBILIZE', 'THREATEN', 'SANCTION', 'REQUEST', 'ACCUSE', 'REJECT',
  'SUPPORT', 'AGREE', 'CONSULT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT'];
const COLOURS = { PROTEST: '#1f6fb4', ASSAULT: '#b3261e', COERCE: '#8c564b', MOBILIZE: '#e07b00', THREATEN: '#9c27b0',
  SANCTION: '#6d4c41' };
const OTHER_COLOUR = '#6b7a8f';
const state = { events: [], range: null, map: null, markers: null, byPlace: new Map() };

/** Builds an element; string children become text nodes, so document text can never become markup. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'onclick') e.addEventListener('click', v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === '') continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!r.ok) {
    let msg = r.status + ' ' + r.statusText;
    try { msg = (await r.json()).error || msg; } catch (e) { /* not JSON */ }
    throw new Error(msg);
  }
  return r.json();
}

function status(text) {
  document.getElementById('status').textContent = text;
}

function filterParams(withRange) {
  const p = new URLSearchParams();
  const text = document.getElementById('f-text').value.trim();
  if (text) p.set('q', text);
  const type = document.getElementById('f-type').value;
  if (type) p.set('type', type);
  const hist = document.getElementById('f-historical').value;
  if (hist) p.set('historical', hist);
  if (document.getElementById('f-disputed').checked) p.set('disputed', 'true');
  if (withRange && state.range) {
    p.set('from', state.range.from);
    p.set('to', state.range.to);
  }
  return p;
}

async function loadEvents() {
  const p = filterParams(true);
  p.set('limit', '1000');
  const all = [];
  for (let offset = 0, page = 0; page < 20; page++) {
    p.set('offset', String(offset));
    const body = await getJson('/api/events?' + p);
    all.push(...body.events);
    if (body.next_offset === null) break;
    offset = body.next_offset;
  }
  state.events = all;
  drawMarkers();
  route();
  status(all.length + ' events' + (state.range ? ' from ' + state.range.from + ' to ' + state.range.to : ''));
}

async function reload() {
  try {
    const stats = await getJson('/api/stats?' + filterParams(false));
    drawTimeline(stats.by_day);
    await loadEvents();
  } catch (e) {
    status('Could not load the record: ' + e.message);
  }
}

// ---- figures -------------------------------------------------------------------------------------------

function rangeText(c) {
  const n = v => Number(v).toLocaleString('en');
  if (c.low !== null && c.low === c.high) return n(c.low);
  if (c.low !== null && c.high === null) return n(c.low) + ' or more';
  if (c.low === null && c.high !== null) return 'up to ' + n(c.high);
  return n(c.low) + '–' + n(c.high);
}

/** The largest figure any claimant gives for harm done (killed, injured, arrested, detained, disappeared). */
function harm(event) {
  let max = 0;
  for (const c of event.claims) {
    if (c.kind !== 'participants') max = Math.max(max, c.low || c.high || 0);
  }
  return max;
}

function summary(event) {
  const kinds = {};
  for (const c of event.claims) (kinds[c.kind] = kinds[c.kind] || []).push(rangeText(c));
  return Object.entries(kinds).map(([k, v]) => k + ': ' + [...new Set(v)].join(' / ')).join('; ');
}

// ---- map -----------------------------------------------------------------------------------------------

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
    return box;
  };
  legend.addTo(map);
}

function placeKey(p) {
  return p.lat.toFixed(3) + ',' + p.lon.toFixed(3);
}

function drawMarkers() {
  state.markers.clearLayers();
  state.byPlace = new Map();
  for (const e of state.events) {
    if (!e.place) continue;
    const k = placeKey(e.place);
    if (!state.byPlace.has(k)) state.byPlace.set(k, []);
    state.byPlace.get(k).push(e);
  }
  // Biggest first, so a small marker is never hidden under a big neighbour.
  const groups = [...state.byPlace].sort((a, b) => radius(b[1]) - radius(a[1]));
  for (const [key, events] of groups) drawPlace(key, events);
  if (!state.fitted && groups.length) {
    state.fitted = true;
    state.map.fitBounds(L.latLngBounds(groups.map(g => [g[1][0].place.lat, g[1][0].place.lon])), { padding: [60, 60], maxZoom: 8, animate: false });
  }
}

function radius(events) {
  return 6 + 3 * Math.log2(1 + Math.max(...events.map(harm)));
}

function drawPlace(key, events) {
  const p = events[0].place;
  const counts = {};
  events.forEach(e => { counts[e.type] = (counts[e.type] || 0) + 1; });
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  const colour = COLOURS[top] || OTHER_COLOUR;
  const m = L.circleMarker([p.lat, p.lon], { radius: radius(events), color: '#fff', weight: 1.5, fillColor: colour, fillOpacity: 0.85,
    className: 'vigil-marker' });
  m.bindTooltip(el('span', {}, p.name + ': ' + events.length + (events.length === 1 ? ' event' : ' events')));
  m.on('click', () => { location.hash = '#place=' + key; });
  m.addTo(state.markers);
  const node = m.getElement();
  node.setAttribute('data-place', p.name);
  node.setAttribute('data-event-ids', events.map(e => e.id).join(' '));
}

// ---- timeline ------------------------------------------------------------------------------------------

const DAY = 86400000;

function drawTimeline(byDay) {
  const svg = document.getElementById('timeline');
  while (svg.firstChild) svg.removeChild(svg.firstChild);
  if (!byDay.length) return;
  const w = svg.clientWidth || 800, h = 90, pad = 14;
  const t0 = Date.parse(byDay[0].day), t1 = Date.parse(byDay[byDay.length - 1].day) + DAY;
  const max = Math.max(...byDay.map(d => d.count));
  const x = t => pad + (t - t0) / (t1 - t0) * (w - 2 * pad);
  const bw = Math.max(2, (w - 2 * pad) * DAY / (t1 - t0) - 1);
  const NS = 'http://www.w3.org/2000/svg';
  for (const d of byDay) {
    const t = Date.parse(d.day), bh = (h - 2 * pad) * d.count / max;
    const r = document.createElementNS(NS, 'rect');
    r.setAttribute('x', x(t)); r.setAttribute('y', h - pad - bh); r.setAttribute('width', bw); r.setAttribute('height', bh);
    r.setAttribute('class', 'bar' + (inRange(d.day) ? ' in' : ''));
    r.setAttribute('data-day', d.day);
    const title = document.createElementNS(NS, 'title');
    title.textContent = d.day + ': ' + d.count;
    r.appendChild(title);
    svg.appendChild(r);
  }
  for (const t of [t0, t1 - DAY]) {
    const label = document.createElementNS(NS, 'text');
    label.setAttribute('x', x(t)); label.setAttribute('y', h - 2);
    label.textContent = new Date(t).toISOString().slice(0, 10);
    svg.appendChild(label);
  }
  enableBrush(svg, t => new Date(t0 + (t - pad) / (w - 2 * pad) * (t1 - t0)), pad, h);
}

function inRange(day) {
  return !state.range || (day >= state.range.from && day <= state.range.to);
}

function enableBrush(svg, toDate, pad, h) {
  const NS = 'http://www.w3.org/2000/svg';
  let start = null, rect = null;
  const px = ev => ev.clientX - svg.getBoundingClientRect().left;
  svg.onpointerdown = ev => {
    start = px(ev);
    rect = document.createElementNS(NS, 'rect');
    rect.setAttribute('class', 'brush'); rect.setAttribute('y', 0); rect.setAttribute('height', h - pad);
    svg.appendChild(rect);
    svg.setPointerCapture(ev.pointerId);
  };
  svg.onpointermove = ev => {
    if (start === null) return;
    const a = Math.min(start, px(ev)), b = Math.max(start, px(ev));
    rect.setAttribute('x', a); rect.setAttribute('width', b - a);
  };
  svg.onpointerup = ev => {
    if (start === null) return;
    const a = Math.min(start, px(ev)), b = Math.max(start, px(ev));
    start = null;
    if (b - a < 3) { setRange(null); return; }
    setRange({ from: toDate(a).toISOString().slice(0, 10), to: toDate(b).toISOString().slice(0, 10) });
  };
}

function setRange(range) {
  state.range = range;
  document.getElementById('f-range').textContent = range ? range.from + ' – ' + range.to : '';
  document.getElementById('f-clear-range').hidden = !range;
  reload();
}

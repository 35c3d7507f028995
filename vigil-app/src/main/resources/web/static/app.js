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
  p.set('min_confidence', document.getElementById('f-confidence').value);
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
  await route();
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

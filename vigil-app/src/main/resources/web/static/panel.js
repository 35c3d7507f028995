/* The side panel: list of events, the events of a place, one event's evidence, one document with its quote. */
'use strict';

function panel(...children) {
  const body = document.getElementById('panel-body');
  while (body.firstChild) body.removeChild(body.firstChild);
  children.forEach(c => body.appendChild(c));
  document.getElementById('panel-nav').hidden = !location.hash;
  document.getElementById('panel').scrollTop = 0;
}

function badges(e) {
  return [typeof stateBadge === 'function' ? stateBadge(e.review) : null,
    e.disputed.length ? el('span', { class: 'badge disputed', title: 'claimants disagree on: ' + e.disputed.join(', ') }, 'disputed') : null,
    e.historical ? el('span', { class: 'badge historical' }, 'historical') : null,
    e.future ? el('span', { class: 'badge plan' }, 'planned') : null];
}

function plural(n, word) {
  return n + ' ' + word + (n === 1 ? '' : 's');
}

function dateText(d) {
  if (!d) return 'date unknown';
  return d.start === d.end ? d.start : d.start + ' – ' + d.end;
}

function eventItem(e) {
  const item = el('div', { class: 'event-item', tabindex: '0', 'data-event-id': e.id, role: 'button' },
    el('div', {}, el('strong', {}, e.type + (e.modes.length ? ' / ' + e.modes.join(', ') : '')), badges(e)),
    el('div', { class: 'small' }, dateText(e.date) + ' · ' + (e.place ? e.place.name : 'place unknown') + ' · '
      + e.independent_sources + ' independent of ' + plural(e.documents.length, 'document')),
    e.claims.length ? el('div', { class: 'small' }, summary(e)) : null);
  const open = () => { location.hash = '#event=' + encodeURIComponent(e.id); };
  item.addEventListener('click', open);
  item.addEventListener('keydown', ev => { if (ev.key === 'Enter') open(); });
  return item;
}

function showList() {
  panel(el('h2', {}, state.events.length + ' events'),
    el('p', { class: 'muted small' }, 'Click an event or a marker for its evidence.'),
    ...state.events.map(eventItem));
}

/** Events of one place, the most contested first; the first is opened at once. */
async function showPlace(key) {
  const events = key.split(';').flatMap(k => state.byPlace.get(k) || [])
    .sort((a, b) => (b.disputed.length - a.disputed.length) || (b.claims.length - a.claims.length));
  if (!events.length) { showList(); return; }
  const detail = await eventView(events[0].id);
  const names = [...new Set(events.map(e => e.place.name))].join(', ');
  panel(el('h2', {}, names + ': ' + events.length + (events.length === 1 ? ' event' : ' events')), detail,
    events.length > 1 ? el('h3', {}, 'Other events here') : null, ...events.slice(1).map(eventItem));
}

async function showEvent(id) {
  panel(await eventView(id));
}

async function eventView(id) {
  const e = await getJson('/api/events/' + encodeURIComponent(id));
  if (e.place && state.map) state.map.setView([e.place.lat, e.place.lon], Math.max(state.map.getZoom(), 5));
  return el('section', { class: 'event', 'data-event-id': e.id },
    el('h2', {}, e.type + (e.modes.length ? ' / ' + e.modes.join(', ') : ''), badges(e)),
    facts(e), reviewBlock(e), figures(e), evidenceBlock(e), documentsList(e), chainList(e),
    details('How the reports were grouped', e.reasons.map(r => el('li', {}, r))),
    details('Copies (counted as one source)', e.copies.map(c => el('li', {}, c.reason || ('shared passage: “' + (c.passage || '') + '”')))),
    details('Mentions', e.mentions.map(m => el('li', {}, m.type + ' "' + (m.trigger || '') + '" in ' + m.document.slice(0, 12)))));
}

/** How an event names the one it followed from, by relation. */
const FOLLOWS = { repression: 'repression of', reaction: 'reaction to', restriction: 'restriction after', continuation: 'continues' };

/** The incident chain around the event: what it followed from and what followed it, each a link. */
function chainList(e) {
  if (!e.chain || !e.chain.length) return null;
  const item = c => {
    const a = el('a', { href: '#event=' + encodeURIComponent(c.event), title: c.reason },
      c.type + (c.modes && c.modes.length ? ' / ' + c.modes.join(', ') : '') + ' in ' + (c.place || '?') + ' on ' + (c.date_start || '?'));
    return el('li', { class: 'chain-step', 'data-relation': c.relation },
      (c.direction === 'follows' ? (FOLLOWS[c.relation] || c.relation + ' after') : 'followed by ' + c.relation) + ': ', a);
  };
  return el('div', { class: 'chain' }, el('h3', {}, 'Incident chain'), el('ul', {}, e.chain.map(item)));
}

function facts(e) {
  const rows = [
    ['ACLED', e.acled_event_type ? e.acled_event_type + (e.acled_sub_event_type ? ' — ' + e.acled_sub_event_type : '') : null],
    ['Date', e.date ? dateText(e.date) + ' (' + e.date.precision + ')' + (e.date.text ? ', from “' + e.date.text + '”' : '') : 'unknown'],
    ['Place', e.place ? e.place.name + ' (' + e.place.precision + ')'
      + (e.place.name_as_written && e.place.name_as_written !== e.place.name ? ', written “' + e.place.name_as_written + '”' : '')
      + [e.place.admin1, e.place.country].filter(Boolean).map(x => ', ' + x).join('') : 'unknown'],
    ['Sources', e.independent_sources + ' independent of ' + plural(e.all_sources, 'document') + ' (copies and one publisher count once)'],
    ['Confidence', typeof e.confidence === 'number' ? e.confidence.toFixed(2) + ' that this reports protest, repression or political violence as news' : null],
    ['Actors', e.actors.map(a => a.name).join('; ') || null],
    ['Targets', e.recipients.map(a => a.name).join('; ') || null],
    ['Slogans', e.slogans.map(s => '“' + s + '”').join(' ') || null]];
  return el('dl', { class: 'facts' }, rows.filter(r => r[1]).map(r => [el('dt', {}, r[0]), el('dd', {}, r[1])]));
}

function figures(e) {
  if (!e.claims_by_kind.length) return el('p', { class: 'muted' }, 'No figures claimed.');
  return el('div', { class: 'figures' }, el('h3', {}, 'Figures, as each claimant gives them'),
    e.claims_by_kind.map(k => el('div', { class: 'figure-kind', 'data-kind': k.kind },
      el('h4', {}, k.kind, k.disputed ? el('span', { class: 'badge disputed', title: 'the claimants disagree' }, 'disputed') : null),
      k.claimants.flatMap(g => g.claims.map(c => claimRow(c, e.id))))));
}

function claimRow(c, eventId) {
  const who = 'according to ' + c.claimant + (c.claimant_via ? ', quoted by ' + c.claimant_via : '')
    + (c.hedge ? ' (“' + c.hedge + '”)' : '');
  const row = el('div', { class: 'claim', tabindex: '0', role: 'button', 'data-claimant': c.claimant,
    title: 'Show the quote in its document' },
    el('span', { class: 'value' }, rangeText(c)), el('span', { class: 'who' }, who),
    el('span', { class: 'quote' }, '“' + c.quote + '”'),
    el('span', { class: 'small muted' }, 'in ' + (c.document.publisher || c.document.source)));
  const open = () => {
    location.hash = '#doc=' + encodeURIComponent(c.document.id) + '&start=' + c.quote_start + '&end=' + c.quote_end
      + '&event=' + encodeURIComponent(eventId);
  };
  row.addEventListener('click', open);
  row.addEventListener('keydown', ev => { if (ev.key === 'Enter') open(); });
  return row;
}

function documentsList(e) {
  return el('div', {}, el('h3', {}, 'Documents'), el('ul', {}, e.documents.map(d => el('li', {},
    el('a', { href: '#doc=' + encodeURIComponent(d.id) + '&event=' + encodeURIComponent(e.id) }, d.publisher || d.source),
    ' ' + (d.published || '') + ' · ' + d.source))));
}

function details(title, items) {
  if (!items.length) return null;
  return el('details', {}, el('summary', {}, title), el('ul', { class: 'small' }, items));
}

/** A document's clean text; the span start..end, when given, is highlighted and scrolled into view. */
async function showDoc(id, start, end, eventId) {
  const d = await getJson('/api/documents/' + encodeURIComponent(id));
  const text = el('div', { id: 'doc-text' });
  const s = Number(start), e = Number(end);
  if (start !== null && end !== null && s >= 0 && e > s && e <= d.text.length) {
    text.append(d.text.slice(0, s), el('mark', { class: 'quote' }, d.text.slice(s, e)), d.text.slice(e));
  } else {
    text.append(d.text);
  }
  panel(eventId ? el('p', {}, el('a', { href: '#event=' + encodeURIComponent(eventId) }, '← back to the event')) : el('span'),
    el('h2', {}, d.title || 'Untitled document'),
    el('dl', { class: 'facts' }, [['Publisher', d.publisher], ['Affiliation', d.affiliation], ['Published', d.published],
      ['Source', d.source]].filter(r => r[1]).map(r => [el('dt', {}, r[0]), el('dd', {}, r[1])])),
    el('p', {}, el('a', { href: '/api/documents/' + encodeURIComponent(id) + '/raw', target: '_blank', rel: 'noopener noreferrer' }, 'Original as received')),
    text);
  const mark = text.querySelector('mark');
  if (mark) mark.scrollIntoView({ block: 'center' });
}

async function route() {
  const h = new URLSearchParams(location.hash.slice(1));
  try {
    if (h.has('doc')) await showDoc(h.get('doc'), h.get('start'), h.get('end'), h.get('event'));
    else if (h.has('event')) await showEvent(h.get('event'));
    else if (h.has('place')) await showPlace(h.get('place'));
    else if (location.hash === '#review') await showQueue();
    else if (location.hash === '#submit') { if (!document.getElementById('submit-form')) showSubmitForm(); }
    else showList();
  } catch (e) {
    panel(el('p', {}, 'Not found: ' + e.message));
  }
}

function init() {
  const select = document.getElementById('f-type');
  TYPES.forEach(t => select.appendChild(el('option', { value: t }, t.toLowerCase())));
  document.getElementById('filters').addEventListener('submit', ev => { ev.preventDefault(); reload(); });
  ['f-type', 'f-historical', 'f-confidence', 'f-disputed'].forEach(id => document.getElementById(id).addEventListener('change', reload));
  document.getElementById('f-clear-range').addEventListener('click', () => setRange(null));
  document.getElementById('back').addEventListener('click', () => { location.hash = ''; });
  window.addEventListener('hashchange', route);
  initMap();
  reload().then(() => requestAnimationFrame(() => document.body.setAttribute('data-ready', 'true')));
}

document.addEventListener('DOMContentLoaded', init);

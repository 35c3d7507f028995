/*
 * Review on the page: sign in with your token, the review queue, and on each event its state, the pins beside the
 * machine's values (the diff when a re-run disagrees), every operation as a button or a form, and the history.
 * The token stays in this tab (sessionStorage); everything shown is put in the page as text.
 */
'use strict';

const FIELDS = ['type', 'acled_sub_event_type', 'date', 'place', 'modes', 'actors', 'killed', 'injured', 'arrested',
  'detained', 'disappeared', 'participants'];
const REJECT_CODES = ['not_an_event', 'off_topic', 'duplicate', 'historical', 'insufficient_evidence', 'other'];
const reviewer = { token: sessionStorage.getItem('vigil-token'), me: null };

async function authed(url, options) {
  const o = Object.assign({ headers: {} }, options || {});
  o.headers = Object.assign({ Accept: 'application/json', Authorization: 'Bearer ' + reviewer.token }, o.headers);
  const r = await fetch(url, o);
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error((body.code ? body.code + ': ' : '') + (body.error || r.status));
  return body;
}

async function signIn(token) {
  reviewer.token = token;
  try {
    reviewer.me = await authed('/api/me');
    sessionStorage.setItem('vigil-token', token);
  } catch (e) {
    reviewer.me = null;
    reviewer.token = null;
    sessionStorage.removeItem('vigil-token');
    status('Sign-in refused: ' + e.message);
  }
  drawSignIn();
}

function drawSignIn() {
  const box = document.getElementById('reviewer');
  while (box.firstChild) box.removeChild(box.firstChild);
  if (reviewer.me) {
    box.append(el('span', { id: 'signed-in' }, reviewer.me.name + ' (' + reviewer.me.role + ')'),
      el('a', { href: '#review', id: 'open-queue' }, 'Review queue'),
      el('button', { type: 'button', id: 'sign-out', onclick: () => { sessionStorage.removeItem('vigil-token');
        reviewer.me = null; reviewer.token = null; drawSignIn(); route(); } }, 'Sign out'));
  } else {
    const input = el('input', { type: 'password', id: 'token', placeholder: 'reviewer token', autocomplete: 'off' });
    const form = el('form', { id: 'sign-in' }, input, el('button', { type: 'submit' }, 'Sign in'));
    form.addEventListener('submit', ev => { ev.preventDefault(); signIn(input.value.trim()); });
    box.append(form);
  }
}

function stateBadge(review) {
  const s = review ? review.state : 'auto';
  return [el('span', { class: 'badge state state-' + s, 'data-state': s }, s.replace('_', ' ')),
    review && review.stale ? el('span', { class: 'badge stale' }, 'stale') : null,
    review && review.tasks && review.tasks.length ? el('span', { class: 'badge task' }, 'task') : null];
}

async function showQueue() {
  if (!reviewer.me) { panel(el('p', {}, 'Sign in with your token to review.')); return; }
  const items = await authed('/api/review/queue?limit=200');
  panel(el('h2', {}, 'Review queue: ' + items.length), el('p', { class: 'muted small' },
    'Unreviewed first, then in review, stale and with tasks; the most confident and most claimed first.'),
    ...items.map(i => {
      const row = el('div', { class: 'event-item queue-item', tabindex: '0', role: 'button', 'data-event-id': i.event_id },
        el('div', {}, el('strong', {}, i.type + (i.acled_sub_event_type ? ' — ' + i.acled_sub_event_type : '')), stateBadge(i)),
        el('div', { class: 'small' }, (i.date || 'undated') + ' · ' + (i.place || 'place unknown') + ' · '
          + i.claims + ' claims · confidence ' + Number(i.confidence).toFixed(2) + (i.assignee ? ' · with ' + i.assignee : '')));
      row.addEventListener('click', () => { location.hash = '#event=' + encodeURIComponent(i.event_id); });
      return row;
    }));
}

/** The review block of an event view: state, diff of pins and machine values, tasks, operations, history. */
function reviewBlock(e) {
  const box = el('section', { class: 'review', id: 'review-block' },
    el('h3', {}, 'Review ', stateBadge(e.review)),
    el('p', { class: 'small muted' }, e.review.assignee ? 'with ' + e.review.assignee + ' until ' + e.review.locked_until : 'not assigned'),
    pinsTable(e.review), tasksList(e), el('p', { class: 'review-message small', id: 'review-message', role: 'status' }));
  if (!reviewer.me) {
    box.append(el('p', { class: 'muted small' }, 'Sign in to review this event.'));
    return box;
  }
  box.append(operations(e), historyList(e.id));
  return box;
}

function pinsTable(review) {
  const pins = Object.entries(review.pins || {});
  if (!pins.length) return el('p', { class: 'small muted' }, 'No field pinned: the machine\u2019s values stand.');
  return el('table', { class: 'pins' }, el('tr', {}, el('th', {}, 'field'), el('th', {}, 'reviewer'), el('th', {}, 'machine')),
    pins.map(([f, p]) => el('tr', { 'data-field': f, class: p.machine !== null && p.machine !== p.value ? 'differs' : '' },
      el('td', {}, f), el('td', { class: 'pinned' }, p.value), el('td', { class: 'machine' }, p.machine === null ? '—' : p.machine))));
}

function tasksList(e) {
  if (!e.review.tasks.length) return null;
  return el('div', { class: 'tasks' }, el('h4', {}, 'A re-run disagrees'), e.review.tasks.map(t => {
    const field = t.split(':')[0];
    return el('div', { class: 'task', 'data-field': field }, el('span', {}, t),
      el('button', { type: 'button', onclick: () => operate(e.id, 'resolve', { field, accept: true, reason: ask('Why take the machine\u2019s value?') }) }, 'Take machine value'),
      el('button', { type: 'button', onclick: () => operate(e.id, 'resolve', { field, accept: false, reason: ask('Why keep the pin?') }) }, 'Keep pin'));
  }));
}

function ask(question) {
  return window.prompt(question) || '';
}

function operations(e) {
  const reason = el('input', { type: 'text', id: 'op-reason', placeholder: 'reason (needed for most operations)' });
  const r = () => reason.value.trim();
  const button = (label, op, body) => el('button', { type: 'button', 'data-op': op, onclick: () => operate(e.id, op, body()) }, label);
  const field = el('select', { id: 'edit-field' }, FIELDS.map(f => el('option', { value: f }, f)));
  const value = el('input', { type: 'text', id: 'edit-value', placeholder: 'value (date: YYYY-MM-DD; figure: LOW..HIGH best N)' });
  const code = el('select', { id: 'reject-code' }, REJECT_CODES.map(c => el('option', { value: c }, c)));
  const into = el('input', { type: 'text', id: 'merge-into', placeholder: 'event id to merge into' });
  const comment = el('input', { type: 'text', id: 'comment-text', placeholder: 'comment' });
  const split = el('div', { class: 'split small' }, (e.mentions || []).map(m => el('label', {},
    el('input', { type: 'checkbox', value: m.id, class: 'split-mention' }), ' ' + m.type + ' “' + (m.trigger || '') + '”')));
  const chosen = () => [...split.querySelectorAll('input:checked')].map(i => i.value);
  return el('div', { class: 'operations' }, el('div', {}, reason),
    el('div', {}, button('Assign to me', 'assign', () => ({})), button('Release', 'release', () => ({})),
      button('Verify', 'verify', () => ({ reason: r() || null })), button('Reopen', 'reopen', () => ({ reason: r() })),
      button('Second opinion', 'flag', () => ({ flag: 'needs_second_opinion', on: !e.review.needs_second_opinion, reason: r() || null })),
      button(e.review.published ? 'Unpublish' : 'Publish', 'flag', () => ({ flag: 'published', on: !e.review.published, reason: r() || null }))),
    el('div', {}, field, value, button('Pin value', 'edit', () => ({ field: field.value, value: value.value, reason: r() }))),
    el('div', {}, code, button('Reject', 'reject', () => ({ code: code.value, reason: r() }))),
    el('div', {}, into, button('Merge into', 'merge', () => ({ into: into.value.trim(), reason: r() }))),
    el('details', {}, el('summary', {}, 'Split mentions into a new event'), split,
      button('Split', 'split', () => ({ mentions: chosen(), reason: r() }))),
    el('div', {}, comment, button('Comment', 'comment', () => ({ text: comment.value }))));
}

async function operate(id, op, body) {
  const msg = document.getElementById('review-message');
  try {
    const out = await authed('/api/events/' + encodeURIComponent(id) + '/review/' + op,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const target = op === 'merge' ? body.into : (out.event_id || id);
    if (location.hash !== '#event=' + encodeURIComponent(target)) location.hash = '#event=' + encodeURIComponent(target);
    await loadEvents(); // markers, rows and this view show the new state
    const after = document.getElementById('review-message');
    if (after) after.textContent = op + ': done';
  } catch (e) {
    msg.textContent = e.message;
    msg.classList.add('refused');
  }
}

function historyList(id) {
  const list = el('ul', { class: 'history small', id: 'review-history' });
  authed('/api/events/' + encodeURIComponent(id) + '/review').then(r => r.history.forEach(h => list.append(el('li', { 'data-op': h.operation },
    h.at.slice(0, 19).replace('T', ' ') + ' ' + h.actor + ': ' + h.operation + (h.field ? ' ' + h.field : '')
    + (h.before !== null && h.before !== undefined ? ' ' + h.before + ' →' : '') + (h.after !== null && h.after !== undefined ? ' ' + h.after : '')
    + (h.reason ? ' (' + h.reason + ')' : ''))))).catch(() => {});
  return el('details', { open: true }, el('summary', {}, 'History'), list);
}

document.addEventListener('DOMContentLoaded', () => {
  drawSignIn();
  if (reviewer.token) signIn(reviewer.token);
});

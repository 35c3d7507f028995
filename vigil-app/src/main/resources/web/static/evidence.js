/*
 * Witness evidence on the page: the submission form (text, time, place typed or picked on the map, files, consent,
 * the submission key or the signed-in token) and the evidence panel of an event (each file's thumbnail, SHA-256,
 * what its metadata claims, and the near-duplicates found by perceptual hash). Everything shown is put in the page
 * as text; file names and metadata come from strangers.
 */
'use strict';

/** What the witness agrees to; the server records the same words with the time (SubmissionsApi.CONSENT). */
const CONSENT = 'I agree that this project keeps my report and files and may publish them without my name or contact; '
  + 'my contact, if I give one, is only for the team to reach me and is never published.';
const picker = { active: false, marker: null };

function evidenceUrl(sha, thumb) {
  return '/api/evidence/' + encodeURIComponent(sha) + (thumb ? '/thumbnail' : '');
}

/** The evidence block of an event view: its witness submissions and their files. */
function evidenceBlock(e) {
  if (!e.submissions || !e.submissions.length) return null;
  return el('section', { class: 'evidence', id: 'evidence-block' }, el('h3', {}, 'Witness evidence'),
    e.submissions.map(s => el('div', { class: 'submission', 'data-submission': s.id },
      el('div', { class: 'small' }, el('strong', {}, s.claimant), ' submitted ' + s.received_at.slice(0, 16).replace('T', ' ')
        + ' UTC' + (s.time_given ? '; time given: ' + s.time_given : '') + (s.place_given ? '; place given: ' + s.place_given : '')
        + (s.latitude !== null && s.latitude !== undefined ? '; picked on the map: ' + s.latitude.toFixed(4) + ', ' + s.longitude.toFixed(4) : '')),
      e.evidence.filter(f => f.submission === s.id).map(evidenceFile))));
}

function evidenceFile(f) {
  const m = f.metadata;
  const claimed = [
    ['Captured', m.captured_at ? m.captured_at + (m.captured_at_source ? ' (' + m.captured_at_source + ')' : '') : null],
    ['GPS', m.latitude !== null && m.latitude !== undefined ? m.latitude.toFixed(5) + ', ' + m.longitude.toFixed(5)
      + (m.location_source ? ' (' + m.location_source + ')' : '') : null],
    ['Orientation', m.orientation ? 'EXIF ' + m.orientation + ' (the thumbnail is turned upright; the original is as sent)' : null],
    ['Camera', m.camera],
    ['Damaged', m.error]].filter(r => r[1]);
  const preview = f.thumbnail
    ? el('a', { href: evidenceUrl(f.sha256), target: '_blank', rel: 'noopener noreferrer' },
      el('img', { src: evidenceUrl(f.sha256, true), alt: 'thumbnail of ' + (f.file_name || f.sha256), class: 'thumb' }))
    : el('a', { href: evidenceUrl(f.sha256), target: '_blank', rel: 'noopener noreferrer', class: 'video' }, f.kind + ' (' + f.media_type + ')');
  return el('div', { class: 'evidence-file', 'data-sha256': f.sha256 }, preview,
    el('div', { class: 'evidence-facts' },
      el('div', {}, el('strong', {}, f.file_name || 'unnamed file'), ' · ' + f.media_type + ' · ' + plural(f.size, 'byte')
        + (f.width ? ' · ' + f.width + ' × ' + f.height : '')),
      el('div', { class: 'small' }, 'SHA-256 ', el('code', { class: 'sha256' }, f.sha256)),
      claimed.length ? el('dl', { class: 'facts claimed', title: m.note }, claimed.map(r => [el('dt', {}, r[0]), el('dd', {}, r[1])])) : null,
      el('div', { class: 'small muted' }, claimed.length ? 'Capture time and GPS as ' + m.note + '.' : 'The file\u2019s metadata claims no capture time or place.'),
      nearDuplicates(f)));
}

function nearDuplicates(f) {
  if (!f.near_duplicates || !f.near_duplicates.length) return f.kind === 'photo' ? el('div', { class: 'small muted' }, 'No near-duplicate stored.') : null;
  return el('div', { class: 'near-duplicates' }, el('div', { class: 'small' }, 'Near-duplicates (perceptual hash):'),
    f.near_duplicates.map(d => el('a', { href: evidenceUrl(d.sha256), target: '_blank', rel: 'noopener noreferrer',
      class: 'near', 'data-sha256': d.sha256, title: 'differs in ' + d.distance + ' of 64 bits' },
    el('img', { src: evidenceUrl(d.sha256, true), alt: 'near-duplicate ' + d.sha256.slice(0, 12), class: 'thumb small-thumb' }),
    el('span', { class: 'small' }, d.sha256.slice(0, 12) + '… (' + d.distance + '/64)'))));
}

// ---- the submission form -------------------------------------------------------------------------------

function field(label, input, hint) {
  return el('label', { class: 'form-row' }, el('span', {}, label), input, hint ? el('span', { class: 'small muted' }, hint) : null);
}

function showSubmitForm() {
  const text = el('textarea', { id: 's-text', name: 'text', rows: '7', required: 'required', maxlength: '50000',
    placeholder: 'What you saw, in your own words: where, when, who, what happened' });
  const time = el('input', { type: 'datetime-local', id: 's-time', name: 'time' });
  const place = el('input', { type: 'text', id: 's-place', name: 'place', maxlength: '300', placeholder: 'street, district, town' });
  const lat = el('input', { type: 'text', id: 's-lat', name: 'lat', inputmode: 'decimal', placeholder: 'latitude' });
  const lon = el('input', { type: 'text', id: 's-lon', name: 'lon', inputmode: 'decimal', placeholder: 'longitude' });
  const pick = el('button', { type: 'button', id: 's-pick' }, 'Pick on the map');
  const files = el('input', { type: 'file', id: 's-files', name: 'attachment', multiple: 'multiple',
    accept: 'image/jpeg,image/png,image/gif,video/mp4,video/quicktime,video/webm' });
  const contact = el('input', { type: 'text', id: 's-contact', name: 'contact', maxlength: '500', autocomplete: 'off',
    placeholder: 'optional: how the team may reach you' });
  const consent = el('input', { type: 'checkbox', id: 's-consent', name: 'consent', value: 'yes', required: 'required' });
  const key = el('input', { type: 'password', id: 's-key', autocomplete: 'off', placeholder: 'submission key' });
  const message = el('div', { id: 's-message', role: 'status' });
  pick.addEventListener('click', () => startPicking(lat, lon, pick));
  const form = el('form', { id: 'submit-form' },
    field('Report', text), field('When', time, 'local time at the place, if you know it'), field('Where', place),
    el('div', { class: 'form-row' }, el('span', {}, 'On the map'), lat, lon, pick),
    field('Photos and videos', files, 'JPEG, PNG, GIF, MP4, MOV or WebM; up to 10 files of 20 MB; kept exactly as sent'),
    field('Contact', contact, 'kept apart from the record and never published'),
    el('label', { class: 'form-row consent' }, consent, el('span', {}, CONSENT)),
    typeof reviewer !== 'undefined' && reviewer.me ? el('p', { class: 'small muted' }, 'Sent as ' + reviewer.me.name + ' (signed in).')
      : field('Submission key', key, 'the key this deployment gave you'),
    el('button', { type: 'submit', id: 's-send' }, 'Send report'), message);
  form.addEventListener('submit', ev => { ev.preventDefault(); sendSubmission(form, key.value.trim(), message); });
  panel(el('h2', {}, 'Submit a witness report'), el('p', { class: 'small muted' },
    'Your report becomes a document of the record, attributed to an anonymous witness id, never to your name.'), form);
}

function startPicking(lat, lon, button) {
  picker.active = true;
  button.textContent = 'Click the map…';
  state.map.getContainer().classList.add('picking');
  state.map.once('click', ev => {
    picker.active = false;
    button.textContent = 'Pick on the map';
    state.map.getContainer().classList.remove('picking');
    lat.value = ev.latlng.lat.toFixed(5);
    lon.value = L.Util.wrapNum(ev.latlng.lng, [-180, 180], true).toFixed(5);
    if (picker.marker) picker.marker.remove();
    picker.marker = L.marker(ev.latlng, { title: 'the place you picked' }).addTo(state.map);
  });
}

async function sendSubmission(form, key, message) {
  const body = new FormData(form);
  const headers = { Accept: 'application/json' };
  if (typeof reviewer !== 'undefined' && reviewer.me) headers.Authorization = 'Bearer ' + reviewer.token;
  else headers['X-Submission-Key'] = key;
  message.className = '';
  message.textContent = 'Sending…';
  try {
    const r = await fetch('/api/submissions', { method: 'POST', headers, body });
    const out = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(out.error || (r.status + ' ' + r.statusText));
    message.className = 'sent';
    message.replaceChildren(el('p', {}, 'Received as ' + out.claimant + '. Thank you.'),
      out.place_from_map ? el('p', { class: 'small' }, 'Place of the point picked: ' + out.place_from_map) : null,
      out.files.length ? el('ul', { class: 'small' }, out.files.map(f => el('li', {}, (f.file_name || 'file') + ': SHA-256 ',
        el('code', {}, f.sha256)))) : null,
      out.warnings.length ? el('ul', { class: 'small warnings' }, out.warnings.map(w => el('li', {}, w))) : null,
      el('p', {}, el('a', { href: '#doc=' + encodeURIComponent(out.document) }, 'Your report as the record holds it')));
    form.reset();
    reload();
  } catch (e) {
    message.className = 'refused';
    message.textContent = 'Not sent: ' + e.message;
  }
}

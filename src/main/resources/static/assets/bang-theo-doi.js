// The round dashboard: counts, progress, submissions chart and the units' table.
// Its own file because the page's Content-Security-Policy allows no inline script.
// State labels and figure columns come from the server (view.states, view.figures): one vocabulary everywhere.
const round = new URLSearchParams(location.search).get('round');
const time = (iso) => iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }) : '';
const day = (iso) => iso ? iso.split('-').reverse().join('/') : '';
let view = null;

async function load(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (response.status === 401) { throw new Error('Hãy đăng nhập Tasklist hoặc Cockpit trước, rồi mở lại trang này.'); }
  if (!response.ok) { let detail = 'Lỗi ' + response.status; try { detail = (await response.json()).detail || detail; } catch (e) {} throw new Error(detail); }
  return response.json();
}

function render() {
  const kind = document.getElementById('kindFilter').value;
  const status = document.getElementById('statusFilter').value;
  const body = document.getElementById('rows');
  body.innerHTML = '';
  for (const u of view.units.filter(u => (!kind || u.kind === kind) && (!status || u.status === status))) {
    const row = body.insertRow();
    row.dataset.unit = u.unitId;
    row.insertCell().textContent = u.unitName;
    row.insertCell().textContent = u.kindLabel;
    const s = row.insertCell(); s.textContent = u.statusLabel; s.className = 's-' + u.status;
    row.insertCell().textContent = time(u.submittedAt);
    row.insertCell().textContent = u.daysLate ?? '';
    row.insertCell().textContent = u.versions || '';
    row.insertCell().textContent = u.holder || '';
    const figures = new Map(u.figures.map(f => [f.key, f.text]));
    for (const f of view.figures) { const c = row.insertCell(); c.textContent = figures.get(f.key) || ''; c.className = 'number'; }
    const links = row.insertCell();
    if (u.processInstanceId) { const a = document.createElement('a'); a.href = '/camunda/app/cockpit/default/#/process-instance/' + u.processInstanceId + '/runtime'; a.textContent = 'Cockpit'; links.appendChild(a); }
    if (u.taskId) { links.appendChild(document.createTextNode(' · ')); const a = document.createElement('a'); a.href = '/camunda/app/tasklist/default/#/?task=' + u.taskId; a.textContent = 'Tasklist'; links.appendChild(a); }
  }
}

function chart() {
  const svg = document.getElementById('chart');
  const points = view.submissionsByDay;
  const days = points.map(p => p.day).concat([view.deadline]).sort();
  const first = new Date(days[0]), last = new Date(days[days.length - 1]);
  const span = Math.max(1, (last - first) / 86400000);
  const x = (d) => 40 + ((new Date(d) - first) / 86400000) / span * 580;
  const y = (n) => 160 - (n / Math.max(1, view.total)) * 140;
  let path = '';
  points.forEach((p, i) => { path += (i ? ' L' : 'M') + x(p.day).toFixed(1) + ' ' + y(p.submitted).toFixed(1); });
  svg.innerHTML = '<line x1="40" y1="160" x2="620" y2="160" stroke="#999"/><line x1="40" y1="20" x2="40" y2="160" stroke="#999"/>'
    + '<text x="2" y="24" font-size="11">' + view.total + '</text><text x="2" y="160" font-size="11">0</text>'
    + '<line x1="' + x(view.deadline) + '" y1="20" x2="' + x(view.deadline) + '" y2="160" stroke="#c62828" stroke-dasharray="4"/>'
    + '<text x="' + (x(view.deadline) - 30) + '" y="175" font-size="11" fill="#c62828">' + day(view.deadline) + '</text>'
    + (path ? '<path d="' + path + '" fill="none" stroke="#2e7d32" stroke-width="2"/>' : '')
    + points.map(p => '<circle cx="' + x(p.day).toFixed(1) + '" cy="' + y(p.submitted).toFixed(1) + '" r="3" fill="#2e7d32"><title>'
      + day(p.day) + ': ' + p.submitted + '</title></circle>').join('');
}

async function showRound() {
  view = await load('/api/dashboard/rounds/' + encodeURIComponent(round));
  document.getElementById('title').textContent = view.title;
  document.getElementById('subtitle').textContent = 'Mã kỳ ' + view.roundKey + ' · hạn nộp: ' + view.deadlineRule;
  const warning = document.getElementById('calendarWarning');
  warning.textContent = view.calendarWarning || '';
  warning.hidden = !view.calendarWarning;
  const counts = document.getElementById('counts');
  counts.innerHTML = '';
  for (const state of view.states) {
    const span = document.createElement('span'); span.className = 's-' + state.code;
    span.textContent = state.label + ': ' + (view.counts[state.code] || 0); counts.appendChild(span);
  }
  const open = document.getElementById('openColumn');
  for (const f of view.figures) { const th = document.createElement('th'); th.textContent = f.label + ' (' + f.unit + ')'; open.before(th); }
  const submitted = (view.counts['da-nop-dung-han'] || 0) + (view.counts['nop-muon'] || 0)
    + (view.counts['da-gui-khong-bat-buoc'] || 0);
  document.getElementById('progress').style.width = (100 * submitted / Math.max(1, view.total)) + '%';
  document.getElementById('progressText').textContent = 'Đã nộp ' + submitted + '/' + view.total + ' đơn vị';
  const base = '/api/rounds/' + encodeURIComponent(view.roundKey) + '/documents/';
  document.getElementById('csv').href = '/api/dashboard/rounds/' + encodeURIComponent(view.roundKey) + '/csv';
  document.getElementById('word').href = base + 'word';
  document.getElementById('excel').href = base + 'excel';
  const kinds = new Map(view.units.map(u => [u.kind, u.kindLabel]));
  for (const [value, label] of kinds) { document.getElementById('kindFilter').add(new Option(label, value)); }
  for (const state of view.states) { document.getElementById('statusFilter').add(new Option(state.label, state.code)); }
  chart();
  render();
  document.getElementById('board').hidden = false;
}

// While the round opens or closes (chunk jobs after the consolidator's click): "Đang mở kỳ: 1.200/3.400 …",
// refreshed until done, then the board is reloaded. Readers without access to the round's progress see nothing.
async function showPhase() {
  const element = document.getElementById('phase');
  let progress;
  try { progress = await load('/api/rounds/' + encodeURIComponent(round) + '/progress'); } catch (e) { return; }
  element.textContent = progress.text || '';
  element.hidden = !progress.text;
  if (progress.text) { setTimeout(() => showPhase().then(() => { if (element.hidden) { location.reload(); } }), 3000); }
}

async function listRounds() {
  const rounds = await load('/api/rounds');
  const list = document.getElementById('rounds');
  list.innerHTML = '<p>Chọn kỳ báo cáo:</p>';
  const ul = document.createElement('ul');
  for (const r of rounds) { const li = document.createElement('li'); const a = document.createElement('a'); a.href = '?round=' + encodeURIComponent(r.key); a.textContent = r.key + ' – ' + r.title; li.appendChild(a); ul.appendChild(li); }
  list.appendChild(ul);
}

document.getElementById('kindFilter').addEventListener('change', render);
document.getElementById('statusFilter').addEventListener('change', render);
(round ? showRound().then(showPhase) : listRounds()).catch(e => { document.getElementById('message').textContent = e.message; });

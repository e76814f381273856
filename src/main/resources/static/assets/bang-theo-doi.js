// The round dashboard: counts, progress, submissions chart and the units' table.
// Its own file because the page's Content-Security-Policy allows no inline script.
// State labels and figure columns come from the server (view.states, view.figures): one vocabulary everywhere.
const round = new URLSearchParams(location.search).get('round');
// dd/MM/yyyy HH:mm as everywhere else (vi-VN's own order puts the time first).
const TIME_PARTS = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const time = (iso) => {
  if (!iso) { return ''; }
  const p = Object.fromEntries(TIME_PARTS.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return p.day + '/' + p.month + '/' + p.year + ' ' + p.hour + ':' + p.minute;
};
const day = (iso) => iso ? iso.split('-').reverse().join('/') : '';
let view = null;

// No login → the login page; a refusal → its Vietnamese sentence (assets/trang.js).
const load = trang.load;

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
    // Only links this viewer can open (view.links): the history always; Cockpit while the round runs (Community
    // Edition Cockpit shows no finished instance) and only to its readers; Tasklist for a task the viewer may open.
    const links = row.insertCell();
    const add = (href, text) => { if (links.childNodes.length) { links.appendChild(document.createTextNode(' · ')); } links.appendChild(trang.link(href, text)); };
    add('/lich-su.html?round=' + encodeURIComponent(view.roundKey) + '&unit=' + encodeURIComponent(u.unitId), 'Lịch sử');
    if (u.processInstanceId && view.links.cockpit) { add('/camunda/app/cockpit/default/#/process-instance/' + u.processInstanceId + '/runtime', 'Cockpit'); }
    if (u.taskId) { add('/camunda/app/tasklist/default/#/?task=' + u.taskId, 'Tasklist'); }
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

// Word and Excel only once written and only to readers allowed to download them (view.links); never a link that
// answers with an error.
function downloads() {
  const base = '/api/rounds/' + encodeURIComponent(view.roundKey) + '/documents/';
  const list = document.getElementById('downloads');
  list.innerHTML = '';
  list.appendChild(trang.link('/lich-su.html?round=' + encodeURIComponent(view.roundKey), 'Lịch sử xử lý của kỳ'));
  const offered = [];
  if (view.links.csv) { offered.push(trang.link('/api/dashboard/rounds/' + encodeURIComponent(view.roundKey) + '/csv', 'bảng tình trạng (CSV)')); }
  if (view.links.word) { offered.push(trang.link(base + 'word', 'báo cáo tổng hợp (Word)')); }
  if (view.links.excel) { offered.push(trang.link(base + 'excel', 'số liệu (Excel)')); }
  if (offered.length) {
    list.appendChild(document.createTextNode(' · Tải về: '));
    offered.forEach((a, i) => { if (i) { list.appendChild(document.createTextNode(' · ')); } list.appendChild(a); });
  }
  if (!view.links.word && view.roundStatus === 'DANG_MO') {
    list.appendChild(document.createTextNode(' (báo cáo tổng hợp Word, Excel có sau khi đóng kỳ)'));
  }
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
  downloads();
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
(round ? showRound().then(showPhase) : listRounds())
  .catch(e => { document.getElementById('message').textContent = e.message; })
  .finally(() => { document.body.dataset.loaded = 'true'; });

// The history page: a round (?round=), one unit's report (?round=&unit=) or a proposal (?proposal=). Who did what
// and when, as the server words it (names, dd/MM/yyyy HH:mm). Its own file: the page's CSP allows no inline script.
const params = new URLSearchParams(location.search);
const round = params.get('round');
const unit = params.get('unit');
const proposal = params.get('proposal');

function header(view) {
  document.getElementById('title').textContent = view.title;
  document.getElementById('subtitle').textContent = view.subtitle || '';
  document.getElementById('status').textContent = view.statusLabel ? 'Tình trạng: ' + view.statusLabel : '';
  document.title = view.title + ' – Lịch sử xử lý';
}

function entries(list) {
  const body = document.getElementById('entries');
  if (list.length === 0) { body.innerHTML = '<tr><td colspan="4">Chưa có việc nào được ghi nhận.</td></tr>'; }
  for (const e of list) {
    const row = body.insertRow();
    const at = row.insertCell(); at.textContent = e.at; at.className = 'time';
    row.insertCell().textContent = e.who;
    row.insertCell().textContent = e.what;
    row.insertCell().textContent = e.detail || '';
  }
  document.getElementById('history').hidden = false;
}

function versions(list) {
  if (!list || list.length === 0) { return; }
  const body = document.getElementById('versionRows');
  for (const v of list) {
    const row = body.insertRow();
    for (const text of [v.versionNo, v.at, v.approvedBy, v.timeliness, v.figures.join('; '), v.comment || '']) {
      row.insertCell().textContent = text;
    }
  }
  document.getElementById('versions').hidden = false;
}

function units(list) {
  const body = document.getElementById('unitRows');
  for (const u of list) {
    const row = body.insertRow();
    row.dataset.unit = u.unitId;
    row.insertCell().textContent = u.unitName;
    row.insertCell().textContent = u.statusLabel;
    row.insertCell().textContent = u.versions;
    row.insertCell().appendChild(trang.link('?round=' + encodeURIComponent(round) + '&unit=' + encodeURIComponent(u.unitId), 'Xem'));
  }
  document.getElementById('units').hidden = list.length === 0;
}

// Links back only to pages every reader of this history may open.
function nav(href, text) {
  const bar = document.querySelector('.nav');
  if (bar.childNodes.length) { bar.appendChild(document.createTextNode(' · ')); }
  bar.appendChild(trang.link(href, text));
}

async function show() {
  if (round) { nav('/bang-theo-doi.html?round=' + encodeURIComponent(round), 'Bảng theo dõi kỳ'); }
  if (proposal) {
    const view = await trang.load('/api/history/proposals/' + encodeURIComponent(proposal));
    header(view); entries(view.entries);
  } else if (round && unit) {
    const view = await trang.load('/api/history/rounds/' + encodeURIComponent(round) + '/units/' + encodeURIComponent(unit));
    header(view); entries(view.entries); versions(view.versions);
    nav('?round=' + encodeURIComponent(round), 'Lịch sử cả kỳ');
  } else if (round) {
    const view = await trang.load('/api/history/rounds/' + encodeURIComponent(round));
    header(view); entries(view.entries); units(view.units);
  } else {
    throw new Error('Hãy mở trang này từ bảng theo dõi hoặc danh sách đề xuất (chưa chọn kỳ báo cáo hay đề xuất).');
  }
  document.body.dataset.loaded = 'true';
}

show().catch((e) => { document.getElementById('message').textContent = e.message; document.body.dataset.loaded = 'true'; });

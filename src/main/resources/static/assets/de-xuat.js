// The managers' list of amendment proposals.
// Its own file because the page's Content-Security-Policy allows no inline script.
const day = (iso) => iso ? iso.split('-').reverse().join('/') : '';
fetch('/api/amendments/proposals', { credentials: 'same-origin' }).then(async (response) => {
  if (response.status === 401) { location.assign(trang.loginUrl()); return; }
  if (!response.ok) { throw new Error(await trang.refusal(response)); }
  const body = document.getElementById('rows');
  const proposals = await response.json();
  if (proposals.length === 0) { body.innerHTML = '<tr><td colspan="8">Chưa có đề xuất.</td></tr>'; }
  for (const p of proposals) {
    const row = body.insertRow();
    row.dataset.key = p.key;
    for (const text of [p.key, p.unitName, p.kind, p.stt, p.stage + (p.recommendation ? ' (Chi nhánh: ' + p.recommendation + ')' : ''),
        p.decision ? p.decision + (p.decisionNumber ? ' – Quyết định số ' + p.decisionNumber + ' ngày ' + day(p.decisionDate) : '')
          + (p.decisionNote ? ' (' + p.decisionNote + ')' : '') : '',
        p.batchKey || '']) {
      row.insertCell().textContent = text;
    }
    row.insertCell().appendChild(trang.link('/lich-su.html?proposal=' + encodeURIComponent(p.key), 'Lịch sử'));
  }
}).catch((e) => { document.getElementById('message').textContent = e.message; });

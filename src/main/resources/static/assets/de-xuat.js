// The managers' list of amendment proposals.
// Its own file because the page's Content-Security-Policy allows no inline script.
const day = (iso) => iso ? iso.split('-').reverse().join('/') : '';
fetch('/api/amendments/proposals', { credentials: 'same-origin' }).then(async (response) => {
  if (response.status === 401) { throw new Error('Hãy đăng nhập Tasklist hoặc Cockpit trước, rồi mở lại trang này.'); }
  if (!response.ok) { let d = 'Lỗi ' + response.status; try { d = (await response.json()).detail || d; } catch (e) {} throw new Error(d); }
  const body = document.getElementById('rows');
  const proposals = await response.json();
  if (proposals.length === 0) { body.innerHTML = '<tr><td colspan="7">Chưa có đề xuất.</td></tr>'; }
  for (const p of proposals) {
    const row = body.insertRow();
    row.dataset.key = p.key;
    for (const text of [p.key, p.unitName, p.kind, p.stt, p.stage,
        p.decision ? p.decision + (p.decisionNumber ? ' – Quyết định số ' + p.decisionNumber + ' ngày ' + day(p.decisionDate) : '')
          + (p.decisionNote ? ' (' + p.decisionNote + ')' : '') : '',
        p.batchKey || '']) {
      row.insertCell().textContent = text;
    }
  }
}).catch((e) => { document.getElementById('message').textContent = e.message; });

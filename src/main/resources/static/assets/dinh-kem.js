// Uploading a unit's signed report file and listing the files already attached.
// Its own file because the page's Content-Security-Policy allows no inline script.
const params = new URLSearchParams(location.search);
const round = params.get('round') || '';
const unit = params.get('unit') || '';
const base = '/api/rounds/' + encodeURIComponent(round) + '/units/' + encodeURIComponent(unit) + '/attachments';
document.getElementById('round').textContent = round;
// The unit by its name from the register, never its id.
fetch('/api/units/' + encodeURIComponent(unit), { credentials: 'same-origin' })
  .then((response) => response.ok ? response.json() : null)
  .then((found) => { document.getElementById('unit').textContent = found ? found.name : '(không rõ đơn vị)'; })
  .catch(() => { document.getElementById('unit').textContent = '(không rõ đơn vị)'; });
const message = document.getElementById('message');

function show(text, ok) {
  message.textContent = text;
  message.className = ok ? 'ok' : 'error';
}

async function explain(response) {
  if (response.status === 401) {
    location.assign(trang.loginUrl());
    return 'Phiên đăng nhập đã hết, đang chuyển sang trang đăng nhập…';
  }
  return trang.refusal(response);
}

async function refresh() {
  const response = await fetch(base, { credentials: 'same-origin' });
  const body = document.getElementById('files');
  if (!response.ok) { body.innerHTML = ''; show(await explain(response), false); return; }
  const files = await response.json();
  body.innerHTML = '';
  if (files.length === 0) {
    body.innerHTML = '<tr><td colspan="4">Chưa có tệp nào.</td></tr>';
  }
  for (const f of files) {
    const row = body.insertRow();
    const link = document.createElement('a');
    link.href = base + '/' + f.id;
    link.textContent = f.fileName;
    row.insertCell().appendChild(link);
    row.insertCell().textContent = (f.sizeBytes / 1024 / 1024).toFixed(2).replace('.', ',') + ' MB';
    row.insertCell().textContent = f.uploadedByName;
    row.insertCell().textContent = new Date(f.uploadedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  }
}

document.getElementById('upload').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = document.getElementById('file').files[0];
  if (!file) { show('Chưa chọn tệp.', false); return; }
  const data = new FormData();
  data.append('file', file);
  show('Đang tải lên…', true);
  const response = await fetch(base, { method: 'POST', body: data, credentials: 'same-origin',
                                       headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  if (response.ok) {
    show('Đã đính kèm tệp "' + file.name + '".', true);
    document.getElementById('upload').reset();
    refresh();
  } else {
    show(await explain(response), false);
  }
});
refresh();

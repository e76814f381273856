// Uploading the signed consolidated report (PDF) of a round and showing what was uploaded and submitted.
// Its own file because the page's Content-Security-Policy allows no inline script.
const round = new URLSearchParams(location.search).get('round') || '';
const base = '/api/rounds/' + encodeURIComponent(round) + '/dispatch';
document.getElementById('round').textContent = round;
const message = document.getElementById('message');

function show(text, ok) {
  message.textContent = text;
  message.className = ok ? 'ok' : 'error';
}

async function explain(response) {
  if (response.status === 401) {
    return 'Phiên đăng nhập đã hết. Hãy đăng nhập lại rồi mở lại trang này.';
  }
  try { return (await response.json()).detail || ('Lỗi ' + response.status); } catch (e) { return 'Lỗi ' + response.status; }
}

function time(value) {
  return new Date(value).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
}

function day(value) {
  const [y, m, d] = value.split('-');
  return d + '/' + m + '/' + y;
}

function outcome(review) {
  if (!review.decision) { return 'Đang chờ lãnh đạo duyệt'; }
  if (review.decision === 'DUYET') { return 'Đã duyệt (' + review.decidedBy + ', ' + time(review.decidedAt) + ')'; }
  return 'Trả lại (' + review.decidedBy + ', ' + time(review.decidedAt) + '): ' + review.returnReason;
}

async function refresh() {
  const response = await fetch(base, { credentials: 'same-origin' });
  const files = document.getElementById('files');
  const reviews = document.getElementById('reviews');
  if (!response.ok) { files.innerHTML = ''; reviews.innerHTML = ''; show(await explain(response), false); return; }
  const history = await response.json();
  files.innerHTML = history.signedFiles.length ? '' : '<tr><td colspan="4">Chưa có bản nào.</td></tr>';
  for (const f of history.signedFiles) {
    const row = files.insertRow();
    const link = document.createElement('a');
    link.href = base + '/signed-files/' + f.id;
    link.textContent = f.fileName;
    row.insertCell().appendChild(link);
    row.insertCell().textContent = (f.sizeBytes / 1024 / 1024).toFixed(2).replace('.', ',') + ' MB';
    row.insertCell().textContent = f.uploadedBy;
    row.insertCell().textContent = time(f.uploadedAt);
  }
  reviews.innerHTML = history.reviews.length ? '' : '<tr><td colspan="4">Chưa trình lần nào.</td></tr>';
  for (const r of history.reviews) {
    const row = reviews.insertRow();
    row.insertCell().textContent = r.documentNumber;
    row.insertCell().textContent = day(r.documentDate);
    row.insertCell().textContent = r.submittedBy + ', ' + time(r.submittedAt);
    row.insertCell().textContent = outcome(r);
  }
}

document.getElementById('upload').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = document.getElementById('file').files[0];
  if (!file) { show('Chưa chọn tệp.', false); return; }
  const data = new FormData();
  data.append('file', file);
  show('Đang tải lên…', true);
  const response = await fetch(base + '/signed-files', { method: 'POST', body: data, credentials: 'same-origin',
                                                          headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  if (response.ok) {
    show('Đã tải lên tệp "' + file.name + '".', true);
    document.getElementById('upload').reset();
    refresh();
  } else {
    show(await explain(response), false);
  }
});
refresh();

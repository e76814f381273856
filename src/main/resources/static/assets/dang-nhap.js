// Logs in with the Camunda webapps' own login (the same session as Tasklist and Cockpit), then returns to the
// application page that sent the browser here. Only a page of this server is a valid return address.
const LOGIN = '/camunda/api/admin/auth/user/default/login/tasklist';
const requested = new URLSearchParams(location.search).get('next') || '';
const next = /^\/[a-z-]+\.html(\?[^#]*)?$/.test(requested) ? requested : '/bang-theo-doi.html';

// The webapps' CSRF filter hands out its token on a page load and expects it back on the login request.
async function csrfToken() {
  const response = await fetch('/camunda/app/tasklist/default/', { credentials: 'same-origin' });
  return response.headers.get('X-XSRF-TOKEN');
}

document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const message = document.getElementById('message');
  const button = document.getElementById('submit');
  message.textContent = '';
  button.disabled = true;
  try {
    const token = await csrfToken();
    const body = new URLSearchParams({ username: document.getElementById('username').value,
      password: document.getElementById('password').value });
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' };
    if (token) { headers['X-XSRF-TOKEN'] = token; }
    const response = await fetch(LOGIN, { method: 'POST', body, headers, credentials: 'same-origin' });
    if (response.ok) { location.replace(next); return; }
    if (response.status === 429) { message.textContent = 'Đăng nhập sai quá nhiều lần. Hãy đợi vài phút rồi thử lại.'; }
    else if (response.status === 401 || response.status === 403) { message.textContent = 'Tên đăng nhập hoặc mật khẩu không đúng.'; }
    else { message.textContent = 'Không đăng nhập được (lỗi ' + response.status + '). Hãy thử lại sau.'; }
  } catch (e) {
    message.textContent = 'Không kết nối được máy chủ. Hãy thử lại sau.';
  } finally {
    button.disabled = false;
  }
});

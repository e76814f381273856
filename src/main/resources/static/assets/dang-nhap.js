// Logs in with the Camunda webapps' own login (the same session as Tasklist and Cockpit), then returns to the
// application page that sent the browser here. Only a page of this server is a valid return address.
const LOGIN = '/camunda/api/admin/auth/user/default/login/tasklist';
const requested = new URLSearchParams(location.search).get('next') || '';
const next = /^\/[a-z-]+\.html(\?[^#]*)?$/.test(requested) ? requested : '/bang-theo-doi.html';

// The webapps' CSRF filter gives a session its token once, as a response header of its first page load (and as a
// cookie for /camunda paths only, which this page cannot read), and expects it back on the login request.
const TOKEN_KEY = 'ke-hoach-752.xsrf';
const TASKLIST = '/camunda/app/tasklist/default/';

async function freshToken() {
  const response = await fetch(TASKLIST, { credentials: 'same-origin' });
  const token = response.headers.get('X-XSRF-TOKEN');
  if (token) { sessionStorage.setItem(TOKEN_KEY, token); }
  return token;
}

async function csrfToken() {
  const token = await freshToken();
  if (token) { return token; }
  const kept = sessionStorage.getItem(TOKEN_KEY);
  if (kept) { return kept; }
  // The session got its token elsewhere (e.g. Tasklist opened before): a request without the token makes the filter
  // end that session, and the next page load starts one with a token this page can read.
  await fetch('/camunda/api/admin/auth/user/default/logout', { method: 'POST', credentials: 'same-origin' });
  return freshToken();
}

async function postLogin(body, token) {
  const headers = { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' };
  if (token) { headers['X-XSRF-TOKEN'] = token; }
  return fetch(LOGIN, { method: 'POST', body, headers, credentials: 'same-origin' });
}

document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const message = document.getElementById('message');
  const button = document.getElementById('submit');
  message.textContent = '';
  button.disabled = true;
  try {
    const body = new URLSearchParams({ username: document.getElementById('username').value,
      password: document.getElementById('password').value });
    let response = await postLogin(body, await csrfToken());
    if (response.status === 403) {
      // The token was not this session's (it had ended): the filter refused and ended the session; once more, fresh.
      sessionStorage.removeItem(TOKEN_KEY);
      response = await postLogin(body, await freshToken());
    }
    if (response.ok) { sessionStorage.removeItem(TOKEN_KEY); location.replace(next); return; }
    if (response.status === 429) { message.textContent = 'Đăng nhập sai quá nhiều lần. Hãy đợi vài phút rồi thử lại.'; }
    else if (response.status === 401 || response.status === 403) { message.textContent = 'Tên đăng nhập hoặc mật khẩu không đúng.'; }
    else { message.textContent = 'Không đăng nhập được (lỗi ' + response.status + '). Hãy thử lại sau.'; }
  } catch (e) {
    message.textContent = 'Không kết nối được máy chủ. Hãy thử lại sau.';
  } finally {
    button.disabled = false;
  }
});

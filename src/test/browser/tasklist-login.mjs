// Logging in to and out of the Camunda Tasklist, shared by the browser tests.
//
// Deterministic on a busy machine: the page is reloaded while Tasklist's modules fail to load (RequireJS
// gives up after a few seconds), and the button is pressed only once both fields hold exactly what was
// typed (Angular may still re-render the form, or move the focus, while it starts). A refused login is
// never retried: failed logins are throttled per account.

const USERNAME = 'Tên đăng nhập';
const PASSWORD = 'Mật khẩu';
const SIGN_IN = 'Đăng nhập';
const SIGN_OUT = 'Đăng xuất';
const ATTEMPTS = 3;

/** Opens the login page at url and signs in; resolves once the button was pressed with both fields right. */
export async function signIn(page, url, user, password, log = () => {}) {
  const username = page.getByPlaceholder(USERNAME);
  const secret = page.getByPlaceholder(PASSWORD);
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: SIGN_IN }).waitFor({ state: 'visible', timeout: 30_000 });
      for (let i = 0; i < 20; i++) {
        await username.fill(user);
        await secret.fill(password);
        if ((await username.inputValue()) === user && (await secret.inputValue()) === password) {
          await page.getByRole('button', { name: SIGN_IN }).click();
          return;
        }
        await page.waitForTimeout(250);
      }
      log(`login form did not keep the typed values (attempt ${attempt})`);
    } catch (error) {
      log(`login page did not load (attempt ${attempt}): ${error.message.split('\n')[0]}`);
    }
    if (attempt === ATTEMPTS) {
      throw new Error(`the Tasklist login page did not become usable after ${ATTEMPTS} attempts`);
    }
  }
}

/** Signs out through Tasklist's user menu and waits for the login form. */
export async function signOut(page, log = () => {}) {
  log('logout');
  const account = page.locator('li.account');
  await account.locator('.dropdown-toggle').click();
  await account.locator('li.logout a', { hasText: SIGN_OUT }).click();
  await page.getByPlaceholder(USERNAME).waitFor();
}

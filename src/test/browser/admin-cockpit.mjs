// The administrator reads Camunda Admin and the Cockpit pages no other browser test opens, in Chromium with
// Vietnamese as the browser language: users, one user's pages, groups, one group, tenants, authorizations of a few
// resource types, the system pages; Cockpit's dashboard, processes, a process definition with its incident,
// decisions, deployments, batches and user tasks. Every screen is screenshotted and its visible text checked
// (screen-check.mjs) for English UI words, ISO dates and engine ids. Every screen is checked before the script
// fails, so one run lists all that is wrong.
//
// Account and group ids are what an administrator manages accounts by: the Admin lists of users and groups, a user's
// groups, a group's users and the authorizations show them (each line "ADMIN_IDS <screen>: ..." names them), always
// beside the person's or group's name. No other screen may show them.
//
// Run by AdminCockpitBrowserIT. Environment variables (all required):
//   BASE_URL, ADMIN_USER, PASSWORD, ADMIN_NAME (the administrator's full name, shown in the header),
//   USER_ID, USER_NAME (an officer's account and full name), GROUP_ID, GROUP_NAME (the officer's group),
//   PROCESS_KEY, PROCESS_NAME (a process with running instances and one open incident), ROUND (the round they
//   report to: their business keys start with it), INCIDENT_MESSAGE,
//   SCREENSHOT_DIR, CHROMIUM_PATH
// Prints "SCREEN <name>" per screen that passed and exits 0; exits 1 listing every screen that failed.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { checkText } from './screen-check.mjs';
import { signIn } from './tasklist-login.mjs';

const names = ['BASE_URL', 'ADMIN_USER', 'PASSWORD', 'ADMIN_NAME', 'USER_ID', 'USER_NAME', 'GROUP_ID', 'GROUP_NAME',
  'PROCESS_KEY', 'PROCESS_NAME', 'ROUND', 'INCIDENT_MESSAGE', 'SCREENSHOT_DIR', 'CHROMIUM_PATH'];
const missing = names.filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(`Missing environment variables: ${missing.join(', ')}`);
  process.exit(2);
}
const env = Object.fromEntries(names.map((name) => [name, process.env[name]]));
const base = env.BASE_URL.replace(/\/$/, '');
const admin = `${base}/camunda/app/admin/default/#`;
const cockpit = `${base}/camunda/app/cockpit/default/#`;
const TIMEOUT = 30_000;

// Camunda's own English, besides the shared list: menus, headings, buttons and the engine's permission names.
const WEBAPP_WORDS = ['Users', 'User', 'Groups', 'Group', 'Tenants', 'Tenant', 'Authorizations', 'Authorization',
  'System', 'Delete', 'Edit', 'Create', 'Add', 'Remove', 'Update', 'Profile', 'Account', 'Name', 'Type', 'Email',
  'Permissions', 'Resource', 'Actions', 'Processes', 'Process', 'Decisions', 'Deployments', 'Batches', 'Incidents',
  'Dashboard', 'State', 'Version', 'Running', 'Instances', 'Loading', 'Details', 'Show', 'Metrics', 'Settings',
  'General', 'Diagnostics', 'Administrators', 'Message', 'Timestamp', 'Activity', 'Retry', 'Tasks', 'Assignee',
  'ACCESS', 'ALL', 'READ', 'UPDATE', 'CREATE', 'DELETE', 'NONE', 'READ_HISTORY', 'READ_INSTANCE', 'READ_TASK',
  'CREATE_INSTANCE', 'TASK_WORK', 'TASK_ASSIGN', 'GLOBAL', 'GRANT', 'REVOKE', 'Failed', 'Job', 'failedJob'];
// A date or time written the ISO way (2026-12-02, 2026-12-02T15:18) where a person reads dd/MM/yyyy.
const ISO_DATE = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/;
// An account id where no administration of accounts happens.
const ACCOUNT_IDS = [/\b(canbo|lanhdao)-[a-z-]+/, /\b(tonghop|quanly)\b/];
const GROUP_ID = /(?<![\p{L}\d-])[a-z0-9-]+\.(can-bo|lanh-dao)(?![\p{L}\d-])|\b(nhcsxh-tong-hop|ubnd-xu-ly|quan-ly|camunda-admin)\b/u;

let step = 0;
const failures = [];

mkdirSync(env.SCREENSHOT_DIR, { recursive: true });
const browser = await chromium.launch({
  executablePath: env.CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--lang=vi'],
});
const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh',
  extraHTTPHeaders: { 'Accept-Language': 'vi-VN,vi' }, viewport: { width: 1400, height: 1000 } });
const page = await context.newPage();

// Requests in flight, counted by hand: a hash change inside an Angular application is no navigation, so Playwright's
// load states do not follow the requests it starts.
let inFlight = 0;
page.on('request', () => { inFlight += 1; });
page.on('requestfinished', () => { inFlight -= 1; });
page.on('requestfailed', () => { inFlight -= 1; });

/** Waits until no request has been in flight for 500 ms (Angular renders what the last one brought meanwhile). */
async function quiet() {
  let quietSince = Date.now();
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() - quietSince < 500) {
    if (Date.now() > deadline) { throw new Error(`requests still in flight after ${TIMEOUT} ms`); }
    if (inFlight > 0) { quietSince = Date.now(); }
    await page.waitForTimeout(50);
  }
}

/** Opens url (or runs open), waits for what shows the screen has its data, then for the network to be quiet. */
async function visit(target, ready) {
  if (typeof target === 'string') {
    await page.goto(target);
  } else {
    await target();
  }
  await ready.first().waitFor({ state: 'visible', timeout: TIMEOUT });
  await quiet();
  // Camunda's "loading" spinners are gone once the lists are in.
  await page.locator('.loader-state-loading, .loading-indicator:visible').first()
    .waitFor({ state: 'detached', timeout: TIMEOUT }).catch(() => {});
  await quiet();
}

/** Cockpit names instances by business key once it has read them (scripts/vietnamese-cockpit.js). */
async function instancesNamed() {
  await page.waitForFunction(() => ![...document.querySelectorAll('a[href*="/process-instance/"]')]
    .some((a) => /^\s*[0-9a-f]{8}-[0-9a-f]{4}-/.test(a.textContent)), null, { timeout: 10_000 }).catch(() => {});
}

/**
 * Screenshot and check of the visible text; a failure is recorded, not thrown, so that every screen is checked.
 * idsAllowed: account and group ids are what the screen manages (listed on an ADMIN_IDS line).
 */
async function screen(name, { idsAllowed = false, expected = [], technical = null } = {}) {
  step += 1;
  const file = path.join(env.SCREENSHOT_DIR, `admin-cockpit-${String(step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  let text = await page.locator('body').innerText();
  if (technical) {
    // What is technical by nature (the diagnostics data for Camunda's support, the engine id an authorization is
    // for): named in the output with its engine ids, not checked.
    const parts = (await page.locator(technical).allInnerTexts()).filter((part) => part.trim() !== '');
    parts.forEach((part) => { text = text.replace(part, ''); });
    const ids = parts.filter((part) => /[0-9a-f]{8}-[0-9a-f]{4}-/.test(part));
    console.log(`TECHNICAL ${name}: ${parts.length} part(s), ${ids.length} with engine ids`
      + `${ids.length ? `, e.g. ${ids[0].replace(/\s+/g, ' ').slice(0, 60)}` : ''}`);
  }
  try {
    checkText(text, name, [], { extraWords: WEBAPP_WORDS, groupIdsAllowed: idsAllowed,
      extraPatterns: [ISO_DATE, ...(idsAllowed ? [] : [...ACCOUNT_IDS, GROUP_ID])] });
    for (const wanted of [env.ADMIN_NAME, ...expected]) {
      if (!text.includes(wanted)) { throw new Error(`Screen "${name}" does not show "${wanted}"`); }
    }
    if (idsAllowed) {
      const ids = [...new Set([...text.matchAll(new RegExp(`${ACCOUNT_IDS[0].source}|${GROUP_ID.source}`, 'gu'))]
        .map((m) => m[0]))];
      console.log(`ADMIN_IDS ${name}: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` … (${ids.length})` : ''}`);
    }
    console.log(`SCREEN ${name}`);
  } catch (error) {
    failures.push(error.message);
    console.log(`FAILED ${name}: ${error.message}`);
  }
  return text;
}

const row = (text) => page.locator('tr', { hasText: text });
// A link of the page's side menu (not the header's "Nhóm"), by its whole text ("Công việc", not "Công việc (lịch sử)").
const sideLink = (text) => page.locator('aside').getByRole('link', { name: text, exact: true });

try {
  // Admin's own login page, then the administrator signs in there.
  await page.goto(`${admin}/login`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ state: 'visible', timeout: TIMEOUT });
  step += 1;
  await page.screenshot({ path: path.join(env.SCREENSHOT_DIR, `admin-cockpit-${String(step).padStart(2, '0')}-dang-nhap.png`) });
  await signIn(page, `${admin}/login`, env.ADMIN_USER, env.PASSWORD, (line) => console.log(line));
  await page.getByText(env.ADMIN_NAME).first().waitFor({ timeout: TIMEOUT });

  await visit(`${admin}/`, page.getByText('Danh sách người dùng'));
  await screen('admin-bang-dieu-khien');

  // Users: the list, then one officer's pages.
  await visit(`${admin}/users`, page.locator('tbody tr'));
  // The officer may be on a later page of 50 (the list is ordered by account): "Trang sau" until the row shows.
  for (let i = 0; i < 20 && await row(env.USER_ID).count() === 0; i++) {
    await visit(() => page.getByRole('link', { name: 'Trang sau' }).click(), page.locator('tbody tr'));
  }
  await screen('admin-nguoi-dung', { idsAllowed: true, expected: [env.USER_NAME.split(' ').slice(-1)[0]] });
  await visit(`${admin}/users/${encodeURIComponent(env.USER_ID)}?tab=profile`, page.locator('form input').first());
  await screen('admin-nguoi-dung-thong-tin', { expected: [env.USER_NAME] });
  await visit(`${admin}/users/${encodeURIComponent(env.USER_ID)}?tab=groups`, row(env.GROUP_NAME));
  await screen('admin-nguoi-dung-nhom', { idsAllowed: true, expected: [env.GROUP_NAME] });
  await visit(`${admin}/users/${encodeURIComponent(env.USER_ID)}?tab=account`, page.locator('input[type="password"]'));
  await screen('admin-nguoi-dung-tai-khoan', { expected: [env.USER_NAME] });

  // Groups: the list, one group and its members.
  await visit(`${admin}/groups`, page.locator('tbody tr'));
  await screen('admin-nhom', { idsAllowed: true });
  await visit(`${admin}/groups/${encodeURIComponent(env.GROUP_ID)}?tab=group`, page.locator('form input').first());
  await screen('admin-nhom-thong-tin', { expected: [env.GROUP_NAME] });
  await visit(`${admin}/groups/${encodeURIComponent(env.GROUP_ID)}?tab=users`, row(env.USER_ID));
  await screen('admin-nhom-thanh-vien', { idsAllowed: true, expected: [env.GROUP_NAME] });

  await visit(`${admin}/tenants`, page.getByText('Danh sách phân vùng (tenant)'));
  await screen('admin-phan-vung');

  // Authorizations of a few resource types, chosen in the side menu as an administrator does.
  await visit(`${admin}/authorization?resource=0`, page.locator('td.permissions'));
  await screen('admin-phan-quyen-ung-dung', { idsAllowed: true, technical: 'td.resource-id' });
  for (const [resource, title] of [['Định nghĩa quy trình', 'dinh-nghia-quy-trinh'], ['Công việc', 'cong-viec'],
    ['Nhóm', 'nhom']]) {
    await visit(async () => {
      await sideLink(resource).click();
      await page.waitForURL((url) => url.hash.includes('resource=') && !url.hash.includes('resource=0'));
    }, page.locator('h3', { hasText: resource }));
    await screen(`admin-phan-quyen-${title}`, { idsAllowed: true, technical: 'td.resource-id',
      expected: [`Phân quyền: ${resource}`] });
  }

  // System: general, diagnostics, execution metrics.
  await visit(`${admin}/system?section=system-settings-general`, page.getByText('đang hoạt động bình thường'));
  await screen('admin-he-thong');
  await visit(() => sideLink('Chẩn đoán').click(), page.locator('pre', { hasText: '"installation"' }));
  await screen('admin-chan-doan', { technical: 'pre' });
  await visit(`${admin}/system?section=system-settings-metrics`, page.locator('tbody tr'));
  await screen('admin-chi-so-thuc-thi', { expected: ['Ngày bắt đầu'] });

  // Cockpit, same session: the pages no other browser test reads.
  await visit(`${cockpit}/dashboard`, page.getByText('Hồ sơ quy trình đang chạy'));
  await screen('cockpit-bang-dieu-khien');
  await visit(`${cockpit}/processes`, row(env.PROCESS_NAME));
  await screen('cockpit-quy-trinh', { expected: [env.PROCESS_NAME] });
  await visit(() => row(env.PROCESS_NAME).first().getByRole('link', { name: env.PROCESS_NAME }).click(),
    page.locator('tbody a[href*="/process-instance/"]'));
  await instancesNamed();
  await screen('cockpit-dinh-nghia-quy-trinh', { expected: [env.PROCESS_NAME, env.ROUND] });
  await visit(() => page.locator('.nav-tabs a, [cam-tabs] a', { hasText: 'Sự cố' }).first().click(),
    page.getByText(env.INCIDENT_MESSAGE));
  await instancesNamed();
  await screen('cockpit-su-co', { expected: [env.INCIDENT_MESSAGE, env.ROUND, 'Tác vụ chạy lỗi'] });
  await visit(`${cockpit}/decisions`, page.locator('.ctn-main, .ctn-content').getByText(/quyết định/).first());
  await screen('cockpit-quyet-dinh');
  await visit(`${cockpit}/repository`, page.getByText('Biểu mẫu Kế hoạch 752'));
  await screen('cockpit-ban-trien-khai');
  await visit(`${cockpit}/batch`, page.getByText('Lô xử lý đã kết thúc'));
  await screen('cockpit-lo-xu-ly');
  await visit(`${cockpit}/tasks`, page.getByText('Phân công theo nhóm'));
  await screen('cockpit-cong-viec');
} catch (error) {
  failures.push(`the script stopped: ${error.message}`);
  await page.screenshot({ path: path.join(env.SCREENSHOT_DIR, 'admin-cockpit-99-failure.png'), fullPage: true })
    .catch(() => {});
}
await browser.close();
if (failures.length > 0) {
  console.error(`admin/cockpit browser test failed on ${failures.length} screen(s):\n${failures.join('\n')}`);
  process.exit(1);
}

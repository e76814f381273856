// A manager and a unit's leader read the history of a finished round in Chromium (Vietnamese browser); a browser
// without login is sent to the login page. Every screen's visible text is checked for English UI words and ids,
// and screenshotted.
//
// Run by HistoryBrowserIT, which takes a round to its end first. Environment variables (all required):
//   BASE_URL, PASSWORD, MANAGER_USER, LEADER_USER (the leader of LEADER_UNIT), ROUND (round key),
//   LEADER_UNIT (the unit whose leader returned the draft once), RETURNED_UNIT (returned by the consolidator),
//   LEADER_REASON, CONSOLIDATOR_REASON, LEADER_UNIT_NAME, OTHER_UNIT_NAME (a unit the leader must not see),
//   FORBIDDEN_IDS (comma-separated), SCREENSHOT_DIR, CHROMIUM_PATH
// Prints "SCREEN <name>" per screen checked and exits 0; exits 1 with a message (and a failure screenshot).

import path from 'node:path';
import { launchChromium, numberedScreenshots, requireEnv } from './browser-support.mjs';
import { checkScreen } from './screen-text.mjs';

const env = requireEnv(['BASE_URL', 'PASSWORD', 'MANAGER_USER', 'LEADER_USER', 'ROUND', 'LEADER_UNIT', 'RETURNED_UNIT',
  'LEADER_REASON', 'CONSOLIDATOR_REASON', 'LEADER_UNIT_NAME', 'OTHER_UNIT_NAME', 'FORBIDDEN_IDS', 'SCREENSHOT_DIR',
  'CHROMIUM_PATH']);
const base = env.BASE_URL.replace(/\/$/, '');
const round = encodeURIComponent(env.ROUND);
const forbiddenIds = env.FORBIDDEN_IDS.split(',');
const TIMEOUT = 30_000;
let current = null;

const screenshot = numberedScreenshots(env.SCREENSHOT_DIR, 'history');
const browser = await launchChromium(env.CHROMIUM_PATH);

async function newPage() {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh',
    extraHTTPHeaders: { 'Accept-Language': 'vi-VN,vi' }, viewport: { width: 1400, height: 1000 } });
  current = await context.newPage();
  return current;
}

/** Screenshot, then the visible text checked; returns the text. */
async function screen(page, name) {
  await screenshot(page, name);
  const text = await checkScreen(page, name, forbiddenIds);
  console.log(`SCREEN ${name}`);
  return text;
}

function expect(condition, message) {
  if (!condition) { throw new Error(message); }
}

/** Waits until the page has loaded its data (or shown its refusal) and nothing is in flight. */
async function settled(page) {
  await page.waitForLoadState('networkidle');
  await page.locator('body[data-loaded="true"]').waitFor({ state: 'attached', timeout: TIMEOUT });
}

/** On the login page: fills both fields by locator, presses the button once both hold what was typed. */
async function logIn(page, user) {
  await page.waitForURL(/\/dang-nhap\.html\?next=/, { timeout: TIMEOUT });
  await page.waitForLoadState('networkidle');
  const username = page.locator('#username');
  const secret = page.locator('#password');
  for (let i = 0; i < 20; i++) {
    await username.fill(user);
    await secret.fill(env.PASSWORD);
    if ((await username.inputValue()) === user && (await secret.inputValue()) === env.PASSWORD) {
      await page.locator('#submit').click();
      return;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the login form did not keep the typed values');
}

/** Every link of the page that this server answers: each must open (no 401/403/404 behind a link). */
async function everyLinkOpens(page, name) {
  const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.href));
  for (const href of hrefs.filter((h) => h.startsWith(base) && !h.includes('/camunda/'))) {
    const response = await page.request.get(href, { maxRedirects: 0 });
    expect(response.status() === 200, `${name}: the link ${href} answers ${response.status()}`);
  }
  return hrefs;
}

try {
  // 1. Not logged in: every page goes to the login page, which returns to the page asked for.
  let page = await newPage();
  await page.goto(`${base}/bang-theo-doi.html?round=${round}`, { waitUntil: 'networkidle' });
  expect(/\/dang-nhap\.html\?next=/.test(page.url()), `the dashboard without login stayed at ${page.url()}`);
  await screen(page, 'dang-nhap');
  await page.goto(`${base}/lich-su.html?round=${round}`, { waitUntil: 'networkidle' });
  expect(/\/dang-nhap\.html\?next=/.test(page.url()), `the history page without login stayed at ${page.url()}`);
  await page.locator('#username').fill('khong-co-ai');
  await page.locator('#password').fill('sai-mat-khau');
  await page.locator('#submit').click();
  await page.locator('#message').filter({ hasText: 'không đúng' }).waitFor({ timeout: TIMEOUT });
  await screen(page, 'dang-nhap-sai');

  // 2. The manager logs in and lands on the history of the finished round.
  await logIn(page, env.MANAGER_USER);
  await page.waitForURL(/\/lich-su\.html\?round=/, { timeout: TIMEOUT });
  await settled(page);
  let text = await screen(page, 'quan-ly-lich-su-ky');
  for (const expected of ['Mở kỳ báo cáo', 'Kỳ báo cáo đã đóng', 'Lãnh đạo Chi nhánh duyệt báo cáo tổng hợp',
    'Gửi báo cáo tổng hợp', env.CONSOLIDATOR_REASON, env.OTHER_UNIT_NAME]) {
    expect(text.includes(expected), `the round's history lacks "${expected}"`);
  }
  expect(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/.test(text), 'the round history shows no dd/MM/yyyy HH:mm time');

  // 3. The unit returned by its leader: both drafts, the return with its reason, the version.
  await page.locator(`#unitRows tr[data-unit="${env.LEADER_UNIT}"] a`).click();
  await page.waitForURL(/unit=/, { timeout: TIMEOUT });
  await settled(page);
  text = await screen(page, 'quan-ly-lich-su-don-vi');
  expect(text.includes(env.LEADER_REASON), 'the unit history lacks the leader\'s reason');
  expect(text.includes('Các lần nộp'), 'the unit history lacks its versions');

  // 4. The dashboard of the finished round: history, CSV, Word and Excel; no Cockpit link (nothing to see there).
  await page.goto(`${base}/bang-theo-doi.html?round=${round}`);
  await settled(page);
  text = await screen(page, 'quan-ly-bang-theo-doi');
  let hrefs = await everyLinkOpens(page, 'manager dashboard');
  expect(hrefs.some((h) => h.endsWith('/documents/word')) && hrefs.some((h) => h.endsWith('/documents/excel')),
    'the manager is not offered the Word and Excel reports');
  expect(!hrefs.some((h) => h.includes('/cockpit/')), 'a Cockpit link is offered for a finished round');
  expect(hrefs.some((h) => h.includes('/lich-su.html?round=')), 'the dashboard does not link to the history');

  // 5. Cockpit, same login: dates the Vietnamese way (deployments list), never ISO. Cockpit's own words are
  // Camunda's locale file, not checked here.
  await page.goto(`${base}/camunda/app/cockpit/default/#/repository`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => /\d{4}-\d{2}-\d{2}T\d{2}|\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/.test(document.body.innerText),
    null, { timeout: TIMEOUT });
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'cockpit-ngay-gio');
  const cockpit = await page.locator('body').innerText();
  expect(!/\d{4}-\d{2}-\d{2}T\d{2}/.test(cockpit), 'Cockpit shows an ISO timestamp');
  expect(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/.test(cockpit), 'Cockpit shows no dd/MM/yyyy HH:mm date');
  console.log('COCKPIT_DATES ' + (cockpit.match(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/) || [''])[0]);
  await page.context().close();

  // 6. The unit's leader: own unit only, no link that would be refused.
  page = await newPage();
  await page.goto(`${base}/bang-theo-doi.html?round=${round}`, { waitUntil: 'networkidle' });
  await logIn(page, env.LEADER_USER);
  await page.waitForURL(/\/bang-theo-doi\.html\?round=/, { timeout: TIMEOUT });
  await settled(page);
  text = await screen(page, 'lanh-dao-bang-theo-doi');
  const rows = await page.$$eval('#rows tr', (trs) => trs.map((tr) => tr.dataset.unit));
  expect(rows.length === 1 && rows[0] === env.LEADER_UNIT, `the leader sees the rows ${JSON.stringify(rows)}`);
  const submitted = await page.locator('#rows tr td').nth(3).innerText();
  expect(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(submitted), `the dashboard writes the submission time as "${submitted}"`);
  expect(!text.includes(env.OTHER_UNIT_NAME), 'the leader sees another unit');
  hrefs = await everyLinkOpens(page, 'leader dashboard');
  expect(!hrefs.some((h) => h.includes('/documents/')), 'the leader is offered the Word/Excel report');
  expect(!hrefs.some((h) => h.includes('/cockpit/')), 'the leader is offered Cockpit');

  await page.locator(`#rows tr[data-unit="${env.LEADER_UNIT}"] a`, { hasText: 'Lịch sử' }).click();
  await page.waitForURL(/\/lich-su\.html\?round=.*unit=/, { timeout: TIMEOUT });
  await settled(page);
  text = await screen(page, 'lanh-dao-lich-su-don-vi');
  expect(text.includes(env.LEADER_REASON) && text.includes(env.LEADER_UNIT_NAME), 'the leader does not see their history');

  await page.goto(`${base}/lich-su.html?round=${round}`);
  await settled(page);
  text = await screen(page, 'lanh-dao-lich-su-ky');
  expect(!text.includes(env.OTHER_UNIT_NAME) && !text.includes(env.CONSOLIDATOR_REASON), 'the leader sees another unit in the round');

  // Another unit's history, typed into the address bar: a Vietnamese sentence, not the answer's JSON.
  await page.goto(`${base}/lich-su.html?round=${round}&unit=${encodeURIComponent(env.RETURNED_UNIT)}`);
  await settled(page);
  text = await screen(page, 'lanh-dao-don-vi-khac');
  expect(text.includes('chỉ xem được lịch sử báo cáo của đơn vị mình'), 'the refusal is not explained');
  expect(!text.includes(env.CONSOLIDATOR_REASON), 'the refusal leaks the other unit\'s history');
  await browser.close();
} catch (error) {
  console.error('history browser test failed: ' + error.message);
  if (current) { await current.screenshot({ path: path.join(env.SCREENSHOT_DIR, 'history-99-failure.png'), fullPage: true }).catch(() => {}); }
  await browser.close();
  process.exit(1);
}

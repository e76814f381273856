// A manager opens the Vietnamese Tasklist, then the round dashboard; prints the statuses the page shows.
//
// Run by DashboardBrowserIT. Environment variables (all required):
//   BASE_URL, USER, PASSWORD, ROUND (round key), SCREENSHOT_DIR, CHROMIUM_PATH
// Then opens the proposals page and the attachment page of xa-tan-hong, which must render too.
// Prints "STATUSES {json}" (unit id -> status label shown), "PROGRESS ..." and "CSP_VIOLATIONS [...]" (what the
// pages' Content-Security-Policy blocked) and exits 0; exits 1 with a message otherwise.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, requireEnv } from './browser-support.mjs';
import { signIn } from './tasklist-login.mjs';

const env = requireEnv(['BASE_URL', 'USER', 'PASSWORD', 'ROUND', 'SCREENSHOT_DIR', 'CHROMIUM_PATH']);
const base = env.BASE_URL.replace(/\/$/, '');

async function shot(page, name) {
  await page.screenshot({ path: path.join(env.SCREENSHOT_DIR, `dashboard-${name}.png`), fullPage: true });
}

mkdirSync(env.SCREENSHOT_DIR, { recursive: true });
const browser = await launchChromium(env.CHROMIUM_PATH);
const page = await (await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh',
  extraHTTPHeaders: { 'Accept-Language': 'vi-VN,vi' }, viewport: { width: 1400, height: 1000 } })).newPage();
const violations = [];
page.on('console', (message) => {
  if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
});
try {
  await signIn(page, `${base}/camunda/app/tasklist/default/`, env.USER, env.PASSWORD, console.log);
  // Vietnamese menus and filters of Tasklist
  await page.getByText('Khởi tạo quy trình').first().waitFor({ timeout: 30000 });
  await page.getByText('Tất cả việc đang mở').first().waitFor({ timeout: 30000 });
  await page.waitForLoadState('networkidle');
  await shot(page, '01-tasklist-vi');
  const tasklistViolations = violations.length;

  // Each page is read only once it has settled (no request in flight), so a slow machine sees what a fast one does.
  await page.goto(`${base}/bang-theo-doi.html?round=${encodeURIComponent(env.ROUND)}`, { waitUntil: 'networkidle' });
  await page.locator('#rows tr').first().waitFor({ timeout: 30000 });
  const statuses = await page.$$eval('#rows tr', (rows) =>
    Object.fromEntries(rows.map((r) => [r.dataset.unit, r.cells[2].textContent])));
  const progress = await page.locator('#progressText').textContent();
  await shot(page, '02-round-dashboard');
  await page.goto(`${base}/de-xuat.html`, { waitUntil: 'networkidle' });
  await page.locator('#rows tr').first().waitFor({ timeout: 30000 });
  await page.goto(`${base}/dinh-kem.html?round=${encodeURIComponent(env.ROUND)}&unit=xa-tan-hong`,
    { waitUntil: 'networkidle' });
  await page.waitForFunction(() => !document.getElementById('files').textContent.includes('Đang tải'), null,
    { timeout: 30000 });
  console.log('STATUSES ' + JSON.stringify(statuses));
  console.log('PROGRESS ' + progress);
  // Camunda's own pages are not ours to judge: only what the application's pages triggered.
  console.log('CSP_VIOLATIONS ' + JSON.stringify(violations.slice(tasklistViolations)));
  await browser.close();
} catch (error) {
  console.error('dashboard browser test failed: ' + error.message);
  await shot(page, '99-failure').catch(() => {});
  await browser.close();
  process.exit(1);
}

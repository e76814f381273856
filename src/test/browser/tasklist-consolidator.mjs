// Drives the Camunda Tasklist in Chromium the way Chi nhánh NHCSXH tỉnh's consolidator does, in two phases (the
// test runs the job executor's work and two units' submissions in between):
//   PHASE=open  opens the year's round whose deadline by the regime has passed: the start form warns, the server
//               refuses without a new deadline, then the round opens with the new deadline typed in;
//   PHASE=desk  opens the monitoring task ("the desk"): the figures are those of now (two units submitted after
//               the task was created), the dashboard link points at the round; closing shows how many units have
//               not submitted, is refused by the form until confirmed, then completes.
// Every screen's visible text is checked for English UI words and ids (screen-check.mjs); the consolidator must
// not be offered "Tạo công việc" nor see a priority number.
//
// Run by TasklistConsolidatorBrowserIT. Environment variables (all required):
//   BASE_URL, USER (the consolidator), PASSWORD, PHASE (open | desk), YEAR (e.g. 2026), NEW_DEADLINE (dd/mm/yyyy),
//   ROUND_KEY (e.g. BC-NAM-2026), SUBMITTED (units submitted before the desk phase), NOT_SUBMITTED,
//   FORBIDDEN_IDS (comma-separated), SCREENSHOT_DIR, CHROMIUM_PATH
// Exits 0 when the phase went through, 1 with a message (and a failure screenshot) otherwise.

import path from 'node:path';
import { launchChromium, numberedScreenshots, requireEnv, type } from './browser-support.mjs';
import { signIn } from './tasklist-login.mjs';
import { checkVietnamese } from './screen-check.mjs';

const env = requireEnv(['BASE_URL', 'USER', 'PASSWORD', 'PHASE', 'YEAR', 'NEW_DEADLINE', 'ROUND_KEY', 'SUBMITTED',
  'NOT_SUBMITTED', 'FORBIDDEN_IDS', 'SCREENSHOT_DIR', 'CHROMIUM_PATH']);
const TASKLIST_URL = `${env.BASE_URL.replace(/\/$/, '')}/camunda/app/tasklist/default/`;
const TIMEOUT_MS = 30_000;
// the desk phase numbers its screenshots on from 11
const FIRST_STEP = env.PHASE === 'open' ? 0 : 10;

// Vietnamese Tasklist texts (tasklist/locales/vi.json) and what the processes and forms say.
const TEXT = {
  unitFilter: 'Việc của đơn vị',
  signOut: 'Đăng xuất',
  startProcess: 'Khởi tạo quy trình',
  start: 'Khởi tạo',
  startError: 'Không thể khởi tạo quy trình.',
  // camunda-start-result.js names what was started
  startOk: 'Đã mở kỳ báo cáo BC-NAM-',
  claim: 'Nhận việc',
  complete: 'Hoàn thành',
  required: 'Chưa nhập ô bắt buộc này.',
  annualProcess: 'Báo cáo định kỳ hằng năm',
  deskTask: 'Theo dõi, đôn đốc và đóng kỳ báo cáo',
  close: 'Đóng kỳ báo cáo và lập báo cáo tổng hợp',
};

function log(message) {
  console.log(`[tasklist-consolidator] ${message}`);
}

const takeScreenshot = numberedScreenshots(env.SCREENSHOT_DIR, 'tasklist-consolidator', { log, firstStep: FIRST_STEP });

async function screenshot(page, name) {
  await takeScreenshot(page, name);
  return checkVietnamese(page, name, env.FORBIDDEN_IDS.split(','));
}

async function login(page) {
  log(`login as ${env.USER}`);
  await signIn(page, TASKLIST_URL, env.USER, env.PASSWORD, log);
  await page.locator('.task-filters').getByText(TEXT.unitFilter).first().waitFor();
  await page.locator('li.account li.logout a', { hasText: TEXT.signOut }).waitFor({ state: 'attached' });
  // Tasklist renders "Tạo công việc" for everyone; only users allowed to create tasks may see it.
  await page.locator('.start-process-action a').waitFor();
  await page.waitForLoadState('networkidle');
  if (await page.locator('.create-task-action').isVisible()) {
    throw new Error('The consolidator is offered "Tạo công việc" (standalone tasks are for administrators)');
  }
  const priorities = page.locator('.tasks-list .task .priority');
  for (let i = 0; i < await priorities.count(); i++) {
    if (await priorities.nth(i).isVisible()) {
      throw new Error('A task card shows its priority number');
    }
  }
}

/** Waits for Tasklist's notification holding the text; returns its text without the title's engine prefix check. */
async function notification(page, text) {
  // on the page, or inside the start dialog
  const shown = page.locator('.alert').filter({ hasText: text });
  await shown.first().waitFor();
  const content = (await shown.first().innerText()).replace(/\s+/g, ' ').trim();
  if (/Cannot|ENGINE-|[0-9a-f]{8}-[0-9a-f]{4}-|\s:\s/.test(content)) {
    throw new Error(`The notification carries the engine's prefix: "${content}"`);
  }
  return content;
}

async function dismissNotifications(page) {
  const close = page.locator('.alert .close:visible');
  while ((await close.count()) > 0) {
    await close.first().click();
    await page.waitForTimeout(200);
  }
}

async function openRound(page) {
  await login(page);
  await screenshot(page, 'logged-in');
  log('start the annual round');
  await page.locator('.start-process-action a', { hasText: TEXT.startProcess }).click();
  await page.locator('.modal-content ul.processes a', { hasText: TEXT.annualProcess }).click();
  const modal = page.locator('.modal-content');
  await modal.locator('.fjs-form').waitFor();
  await page.waitForLoadState('networkidle');
  const year = modal.locator('.fjs-form-field-number').filter({ hasText: 'Năm báo cáo' }).locator('input');
  await type(year, env.YEAR);
  await year.blur();
  // the form warns before anything is sent: this year's deadline by the regime has passed
  const warning = modal.getByText(`hạn nộp theo chế độ báo cáo của năm ${env.YEAR}`, { exact: false });
  await warning.waitFor();
  await screenshot(page, 'start-form-warns');

  const start = page.getByRole('button', { name: TEXT.start, exact: true });
  await start.click();
  const refusal = await notification(page, 'Hạn nộp thay thế');
  if (!refusal.includes('đã qua') || !refusal.includes(TEXT.startError)) {
    throw new Error(`Unexpected refusal: "${refusal}"`);
  }
  log(`refused: ${refusal}`);
  await screenshot(page, 'start-refused-past-deadline');
  await dismissNotifications(page);

  const deadline = modal.locator('.fjs-form-field-datetime').filter({ hasText: 'Hạn nộp thay thế' }).locator('input:visible').first();
  await type(deadline, env.NEW_DEADLINE);
  await deadline.press('Enter');
  await deadline.blur();
  await page.waitForTimeout(300);
  await screenshot(page, 'start-new-deadline');
  await start.click();
  await notification(page, TEXT.startOk);
  await modal.waitFor({ state: 'detached' });
  await screenshot(page, 'round-opened');
}

async function desk(page) {
  await login(page);
  const entry = page.locator('.tasks-list li.task h4.task a', { hasText: `${TEXT.deskTask} năm ${env.YEAR}` });
  await entry.first().waitFor();
  await screenshot(page, 'desk-listed');
  await entry.first().click();
  await page.locator('h2.task', { hasText: TEXT.deskTask }).waitFor();
  await page.locator('.fjs-form').waitFor();
  await page.getByRole('button', { name: TEXT.claim, exact: true }).click();
  await page.getByRole('button', { name: TEXT.complete, exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);

  // the figures of now: the units submitted after the task was created are counted
  const summary = page.getByRole('textbox', { name: /Tình hình nộp báo cáo/ });
  const expected = `Đã nộp đúng hạn: ${env.SUBMITTED}`;
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await summary.inputValue()).includes(expected)) {
    if (Date.now() > deadline) {
      throw new Error(`The desk shows "${await summary.inputValue()}", not "${expected}"`);
    }
    await page.waitForTimeout(200);
  }
  const link = page.getByRole('link', { name: 'Mở bảng theo dõi kỳ báo cáo' });
  const href = await link.getAttribute('href');
  if (!href || !href.endsWith(`/bang-theo-doi.html?round=${env.ROUND_KEY}`)) {
    throw new Error(`The dashboard link points at "${href}"`);
  }
  await screenshot(page, 'desk-live-figures');

  await page.getByRole('radio', { name: TEXT.close, exact: true }).check();
  await page.locator('.fjs-form-field-text strong', { hasText: `Còn ${env.NOT_SUBMITTED} đơn vị chưa nộp báo cáo.` })
    .waitFor();
  await screenshot(page, 'desk-close-chosen');

  // not confirmed: form-js refuses before anything is sent
  await page.getByRole('button', { name: TEXT.complete, exact: true }).click();
  const confirmation = page.locator('.fjs-form-field-radio').filter({ hasText: 'Xác nhận đóng kỳ báo cáo' });
  await confirmation.locator('.fjs-form-field-error', { hasText: TEXT.required }).waitFor();
  await screenshot(page, 'desk-close-unconfirmed');

  // Tasklist's toast about the refused form lies over "Hoàn thành" until closed
  await dismissNotifications(page);
  await page.getByRole('radio', { name: new RegExp(`khi còn ${env.NOT_SUBMITTED} đơn vị chưa nộp báo cáo`) }).check();
  await screenshot(page, 'desk-close-confirmed');
  const taskLink = page.locator('.tasks-list li.task h4.task a', { hasText: `${TEXT.deskTask} năm ${env.YEAR}` }).first();
  await page.getByRole('button', { name: TEXT.complete, exact: true }).click();
  await taskLink.waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'round-closed');
}

async function main() {
  const browser = await launchChromium(env.CHROMIUM_PATH);
  let page;
  try {
    const context = await browser.newContext({
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      extraHTTPHeaders: { 'Accept-Language': 'vi' },
      viewport: { width: 1400, height: 1000 },
    });
    context.setDefaultTimeout(TIMEOUT_MS);
    page = await context.newPage();
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    if (env.PHASE === 'open') {
      await openRound(page);
    } else {
      await desk(page);
    }
    log('done');
  } catch (error) {
    if (page) {
      await page.screenshot({ path: path.join(env.SCREENSHOT_DIR, `tasklist-consolidator-failure-${env.PHASE}.png`),
        fullPage: true }).catch(() => {});
    }
    throw error;
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[tasklist-consolidator] FAILED: ${error.stack || error}`);
    process.exit(1);
  },
);

// Drives the Camunda Tasklist in Chromium the way a unit's officer and leader do: the officer first completes
// the empty draft (form-js must refuse it in Vietnamese), then drafts the unit report (every plan item, both
// figures typed the Vietnamese way), has an out-of-bounds figure refused by the server in Vietnamese, and
// completes it; the leader approves it. Every screen's visible text is checked for English UI words and ids.
//
// Run by TasklistUnitReportBrowserIT, which opens the round first and checks the database afterwards.
// Configuration comes from environment variables (all required):
//   BASE_URL          e.g. http://localhost:8080
//   OFFICER_USER      the unit's officer, e.g. canbo-xa-tan-hong
//   LEADER_USER       the unit's leader, e.g. lanhdao-xa-tan-hong
//   PASSWORD          both users' password
//   RESULT_TEXT       unique text typed into every "Kết quả thực hiện"
//   BUDGET_ENTRUSTED  typed into the budget field, Vietnamese writing, e.g. 1.500,5
//   POOR_FUND         typed into the poor-fund field, e.g. 86,5
//   FORBIDDEN_IDS     comma-separated ids no screen may show, e.g. xa-tan-hong
//   FIGURE_SUMMARY    what the leader's "Số liệu báo cáo" must show (one line per figure, Vietnamese numbers)
//   ROUND_TITLE       what the draft's "Kỳ báo cáo" must show (read from the round table when the form loads)
//   DEADLINE_TEXT     what the draft's "Hạn nộp (hết ngày)" must show, e.g. 05/10/2026
//   SCREENSHOT_DIR    where numbered PNG screenshots go, e.g. target/screenshots/
//   CHROMIUM_PATH     the Chromium binary, e.g. /usr/bin/chromium
// Exits 0 when the whole flow went through, 1 with a message (and a failure screenshot) otherwise.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { signIn } from './tasklist-login.mjs';

const env = requireEnv(['BASE_URL', 'OFFICER_USER', 'LEADER_USER', 'PASSWORD', 'RESULT_TEXT', 'BUDGET_ENTRUSTED',
  'POOR_FUND', 'FIGURE_SUMMARY', 'ROUND_TITLE', 'DEADLINE_TEXT', 'FORBIDDEN_IDS', 'SCREENSHOT_DIR', 'CHROMIUM_PATH']);
const TASKLIST_URL = `${env.BASE_URL.replace(/\/$/, '')}/camunda/app/tasklist/default/`;
const SCREENSHOT_PREFIX = 'tasklist-unit-report';
const TIMEOUT_MS = 30_000;

// Task names (bpmn/unit-report.bpmn) and Vietnamese Tasklist texts (tasklist/locales/vi.json).
const DRAFT_TASK = 'Soạn báo cáo của đơn vị';
const APPROVAL_TASK = 'Lãnh đạo đơn vị duyệt báo cáo';
const UNIT_FILTER = 'Việc của đơn vị';
const TEXT = {
  signOut: 'Đăng xuất',
  claim: 'Nhận việc',
  complete: 'Hoàn thành',
  completeError: 'Đã xảy ra lỗi khi gửi biểu mẫu công việc',
};

// English a Vietnamese user must never read (whole words, case-sensitive where English capitalises them).
const ENGLISH_WORDS = ['Field', 'field', 'required', 'Select', 'Search', 'Cannot', 'cannot', 'ago', 'Value',
  'expected', 'decimal', 'minimum', 'maximum', 'pattern', 'No results', 'Submit', 'Save', 'Complete', 'Claim',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'months', 'days',
  'hours', 'minutes', 'seconds', 'year', 'years'];
const ENGLISH = new RegExp(`(?<![\\p{L}\\d-])(${ENGLISH_WORDS.join('|')})(?![\\p{L}\\d-])`, 'u');
// A group id ("xa-tan-hong.can-bo") or an engine id (a UUID) where a person reads.
const TECHNICAL_IDS = [/[a-z0-9-]+\.(can-bo|lanh-dao|[a-z]+-[a-z-]+)\b/, /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/];
// Officer's out-of-bounds figure: the plan allows at most 10.000.000 triệu đồng.
const BUDGET_TOO_LARGE = '20.000.000';
const BOUNDS_REFUSAL = 'vượt quá 10.000.000 triệu đồng';
const NUMBER_FORMAT_HINT = 'Viết số theo cách Việt Nam';
const REQUIRED_MESSAGE = 'Chưa nhập ô bắt buộc này.';

let step = 0;

function requireEnv(names) {
  const missing = names.filter((name) => !process.env[name]);
  if (missing.length > 0) {
    console.error(`Missing environment variables: ${missing.join(', ')}`);
    process.exit(2);
  }
  return Object.fromEntries(names.map((name) => [name, process.env[name]]));
}

function log(message) {
  console.log(`[tasklist-unit-report] ${message}`);
}

async function screenshot(page, name) {
  step += 1;
  const file = path.join(env.SCREENSHOT_DIR, `${SCREENSHOT_PREFIX}-${String(step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  log(`screenshot ${file}`);
  await checkVietnamese(page, name);
}

/** Fails when the screen's visible text holds an English UI word or an id instead of a name. */
async function checkVietnamese(page, screen) {
  const text = await page.locator('body').innerText();
  const english = text.match(ENGLISH);
  if (english) {
    throw new Error(`Screen "${screen}" shows the English word "${english[1]}": ${around(text, english.index)}`);
  }
  for (const id of env.FORBIDDEN_IDS.split(',')) {
    const at = text.search(new RegExp(`(?<![\\p{L}\\d-])${id}(?![\\p{L}\\d-])`, 'u'));
    if (at >= 0) {
      throw new Error(`Screen "${screen}" shows the id "${id}": ${around(text, at)}`);
    }
  }
  for (const pattern of TECHNICAL_IDS) {
    const match = text.match(pattern);
    if (match) {
      throw new Error(`Screen "${screen}" shows the id "${match[0]}": ${around(text, match.index)}`);
    }
  }
}

function around(text, index) {
  return `"…${text.slice(Math.max(0, index - 60), index + 60).replace(/\s+/g, ' ')}…"`;
}

/** Logs in on the Tasklist login page and waits for the default filter, which proves the Vietnamese UI. */
async function login(page, user) {
  log(`login as ${user}`);
  await signIn(page, TASKLIST_URL, user, env.PASSWORD, log);
  // The login placeholders come from tasklist/locales/vi.json; the default filter "Việc của đơn vị (n)"
  // and the Vietnamese sign-out label show that the user is in and sees the Vietnamese Tasklist.
  await page.locator('.task-filters').getByText(UNIT_FILTER).first().waitFor();
  await page.locator('li.account li.logout a', { hasText: TEXT.signOut }).waitFor({ state: 'attached' });
}

/** Logs out through the user menu and waits for the login form. */
async function logout(page) {
  log('logout');
  const account = page.locator('li.account');
  await account.locator('.dropdown-toggle').click();
  await account.locator('li.logout a', { hasText: TEXT.signOut }).click();
  await page.getByPlaceholder('Tên đăng nhập').waitFor();
}

/** The task list entries with the given name. */
function taskEntries(page, taskName) {
  return page.locator('.tasks-list li.task').filter({
    has: page.locator('h4.task a', { hasText: new RegExp(`^\\s*${taskName}\\s*$`) }),
  });
}

/**
 * Opens the newest task with the given name (the list is sorted by creation date, newest first),
 * claims it and waits until its Camunda Form is shown with the "Hoàn thành" button. Returns the task id.
 */
async function openTask(page, taskName) {
  log(`open task "${taskName}"`);
  const link = taskEntries(page, taskName).first().locator('h4.task a');
  await link.waitFor();
  const taskId = new URL(await link.getAttribute('href'), TASKLIST_URL).hash.match(/task=([^&]+)/)[1];
  await link.click();
  await page.locator('h2.task', { hasText: taskName }).waitFor();
  await page.locator('.fjs-form').waitFor();
  // Unit tasks go to a candidate group: the form stays disabled until the user claims the task.
  await page.getByRole('button', { name: TEXT.claim, exact: true }).click();
  await page.getByRole('button', { name: TEXT.complete, exact: true }).waitFor();
  // form-js re-renders once the task variables have arrived; let it settle before typing.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  log(`task ${taskId} opened`);
  return taskId;
}

/** form-js select: a custom dropdown, opened by clicking its display, closed by clicking an option. */
async function choose(select, optionText) {
  await select.locator('.fjs-select-display').click();
  await select.locator('.fjs-dropdownlist-item', { hasText: optionText }).click();
  await select.locator('.fjs-select-display', { hasText: optionText }).waitFor();
}

/** Types into a field by its locator and checks that it holds exactly what was typed. */
async function type(field, text) {
  for (let attempt = 0; attempt < 5; attempt++) {
    await field.fill(text);
    if ((await field.inputValue()) === text) {
      return;
    }
    await field.page().waitForTimeout(250);
  }
  throw new Error(`The field does not keep "${text}"; it shows "${await field.inputValue()}"`);
}

function budgetField(page) {
  return page.getByRole('textbox', {
    name: 'Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm (triệu đồng)', exact: true,
  });
}

function poorFundField(page) {
  return page.getByRole('textbox', { name: 'Đóng góp Quỹ “Vì người nghèo” trong năm (triệu đồng)', exact: true });
}

/** The error messages form-js shows under a field. */
function errorsOf(field) {
  return field.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " fjs-form-field ")][1]')
    .locator('.fjs-form-field-error');
}

/**
 * Completes the empty draft: form-js must refuse it with its messages in Vietnamese, and nothing is sent.
 * Returns how many messages it showed.
 */
async function submitEmptyDraft(page) {
  log('complete the empty draft');
  await page.getByRole('button', { name: TEXT.complete, exact: true }).click();
  const messages = page.locator('.fjs-form-field-error');
  await messages.first().waitFor();
  await page.waitForTimeout(300);
  const texts = (await messages.allInnerTexts()).map((t) => t.trim()).filter((t) => t.length > 0);
  if (texts.length === 0 || !texts.every((t) => t === REQUIRED_MESSAGE)) {
    throw new Error(`The empty draft shows other messages than "${REQUIRED_MESSAGE}": ${JSON.stringify(texts)}`);
  }
  await errorsOf(budgetField(page)).getByText(REQUIRED_MESSAGE).waitFor();
  log(`${texts.length} Vietnamese messages on the empty draft`);
  return texts.length;
}

/** Closes Tasklist's error toasts: they lie over the form's buttons until closed. */
async function dismissNotifications(page) {
  const close = page.locator('.page-notifications .close:visible');
  while ((await close.count()) > 0) {
    await close.first().click();
    await page.waitForTimeout(200);
  }
}

/** A figure written another way than Vietnamese ("86.5") is refused in the form, in Vietnamese. */
async function typeEnglishDecimals(page) {
  const field = poorFundField(page);
  await type(field, '86.5');
  await field.blur();
  await errorsOf(field).getByText(NUMBER_FORMAT_HINT).waitFor();
  log('"86.5" refused with a Vietnamese hint');
}

/** Fills every plan item of the draft form and both figures. Returns the number of items filled. */
async function fillDraft(page) {
  // Required fields: the accessible name leaves out the aria-hidden asterisk, getByLabel does not.
  const levels = page.locator('.fjs-form-field-select').filter({ hasText: 'Mức độ thực hiện' });
  const results = page.getByRole('textbox', { name: 'Kết quả thực hiện', exact: true });
  const count = await results.count();
  if (count === 0 || count !== (await levels.count())) {
    throw new Error(`The draft form shows ${count} result fields and ${await levels.count()} level fields`);
  }
  log(`filling ${count} plan items`);
  for (let i = 0; i < count; i++) {
    await choose(levels.nth(i), 'Đã hoàn thành');
    await type(results.nth(i), `${env.RESULT_TEXT} – nhiệm vụ ${i + 1}`);
    if (i === 0) {
      await screenshot(page, 'draft-first-item-filled');
    }
  }
  await type(budgetField(page), BUDGET_TOO_LARGE);
  const poorFund = poorFundField(page);
  await type(poorFund, env.POOR_FUND);
  await poorFund.blur();
  const shown = await page.locator('.fjs-form-field-error').allInnerTexts();
  if (shown.some((t) => t.trim().length > 0)) {
    throw new Error(`The filled draft still shows messages: ${JSON.stringify(shown)}`);
  }
  await page.getByRole('button', { name: TEXT.complete, exact: true }).scrollIntoViewIfNeeded();
  return count;
}

/** Waits until a form field shows the expected value (form-js sets values as properties, not as text). */
async function waitForValue(field, expected) {
  const deadline = Date.now() + TIMEOUT_MS;
  let shown;
  while (Date.now() < deadline) {
    shown = await field.inputValue();
    if (shown === expected) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Expected the field to show "${expected}" but it shows "${shown}"`);
}

/** Chooses the approval in the leader's form. */
async function approve(page) {
  log('approve');
  const radio = page.getByRole('radio', { name: 'Duyệt, nộp Chi nhánh NHCSXH tỉnh', exact: true });
  await radio.check();
  await page.getByRole('button', { name: TEXT.complete, exact: true }).scrollIntoViewIfNeeded();
}

/**
 * Clicks "Hoàn thành" and waits until the task has left the list, or fails with the Tasklist's error message
 * (the engine's validation message included). Tasklist shows no message on success, so the task is then
 * looked up through the engine REST API as well: it must be gone.
 */
async function complete(page, taskName, taskId) {
  log(`complete task ${taskId}`);
  const button = page.getByRole('button', { name: TEXT.complete, exact: true });
  // Tasklist disables the button while it considers the form invalid; every field is filled by now.
  await page.waitForFunction((element) => !element.disabled, await button.elementHandle(), { timeout: 5_000 })
    .catch(() => {
      throw new Error(`"${TEXT.complete}" stays disabled on "${taskName}" although the form is filled in: `
        + 'Tasklist considers the Camunda Form invalid');
    });
  await button.click();
  const error = page.getByText(TEXT.completeError).first();
  const outcome = await Promise.race([
    page.locator(`.tasks-list li.task a[href*="task=${taskId}"]`).waitFor({ state: 'detached' }).then(() => 'gone'),
    error.waitFor().then(() => 'error'),
  ]);
  if (outcome === 'error') {
    const details = await page.locator('.notifications').innerText().catch(() => '');
    throw new Error(`Tasklist could not complete "${taskName}": ${details.replace(/\s+/g, ' ').trim()}`);
  }
  const response = await page.request.get(`${env.BASE_URL}/camunda/api/engine/engine/default/task/${taskId}`);
  if (response.status() !== 404) {
    throw new Error(`Task ${taskId} left the list but the engine still answers ${response.status()} for it`);
  }
  log(`task ${taskId} completed`);
}

/** Clicks "Hoàn thành" and expects the server's refusal, shown alone in Vietnamese (no engine prefix). */
async function completeRefused(page, taskName, expected) {
  log(`complete "${taskName}", expecting the refusal "${expected}"`);
  await page.getByRole('button', { name: TEXT.complete, exact: true }).click();
  const notification = page.locator('.notifications').filter({ hasText: expected });
  await notification.waitFor();
  await page.waitForTimeout(300);
  const text = (await notification.innerText()).replace(/\s+/g, ' ').trim();
  if (/Cannot|ENGINE-|[0-9a-f]{8}-[0-9a-f]{4}-|\s:\s/.test(text)) {
    throw new Error(`The refusal still carries the engine's prefix: "${text}"`);
  }
  log(`refused: ${text}`);
}

async function officerDrafts(page) {
  await login(page, env.OFFICER_USER);
  await taskEntries(page, DRAFT_TASK).first().waitFor();
  await screenshot(page, 'officer-logged-in');
  const taskId = await openTask(page, DRAFT_TASK);
  await waitForValue(page.getByRole('textbox', { name: 'Kỳ báo cáo', exact: true }), env.ROUND_TITLE);
  await waitForValue(page.getByRole('textbox', { name: 'Hạn nộp (hết ngày)', exact: true }), env.DEADLINE_TEXT);
  await screenshot(page, 'draft-opened');
  await submitEmptyDraft(page);
  await screenshot(page, 'draft-empty-refused');
  await dismissNotifications(page);
  await typeEnglishDecimals(page);
  await screenshot(page, 'draft-english-decimals-refused');
  const count = await fillDraft(page);
  await completeRefused(page, DRAFT_TASK, BOUNDS_REFUSAL);
  await screenshot(page, 'draft-out-of-bounds-refused');
  await dismissNotifications(page);
  await type(budgetField(page), env.BUDGET_ENTRUSTED);
  await budgetField(page).blur();
  await screenshot(page, 'draft-filled');
  await complete(page, DRAFT_TASK, taskId);
  await screenshot(page, 'draft-completed');
  log(`officer submitted ${count} plan items for approval`);
  await logout(page);
}

async function leaderApproves(page) {
  await login(page, env.LEADER_USER);
  await taskEntries(page, APPROVAL_TASK).first().waitFor();
  await screenshot(page, 'leader-logged-in');
  const taskId = await openTask(page, APPROVAL_TASK);
  // The leader reads what the officer typed.
  await waitForValue(page.getByRole('textbox', { name: 'Kết quả thực hiện', exact: true }).first(),
    `${env.RESULT_TEXT} – nhiệm vụ 1`);
  // ... and exactly the figures that will be submitted, as the server wrote them.
  await waitForValue(page.getByRole('textbox', { name: 'Số liệu báo cáo', exact: true }), env.FIGURE_SUMMARY);
  await screenshot(page, 'approval-opened');
  await approve(page);
  await screenshot(page, 'approval-decided');
  await complete(page, APPROVAL_TASK, taskId);
  await screenshot(page, 'approval-completed');
  await logout(page);
}

async function main() {
  mkdirSync(env.SCREENSHOT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: env.CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=vi'],
  });
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
    await officerDrafts(page);
    await leaderApproves(page);
    log('done');
  } catch (error) {
    if (page) {
      await screenshot(page, 'failure').catch(() => {});
    }
    throw error;
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[tasklist-unit-report] FAILED: ${error.stack || error}`);
    process.exit(1);
  },
);

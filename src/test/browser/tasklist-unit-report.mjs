// Drives the Camunda Tasklist in Chromium the way a unit's officers and leader do (issue 12):
//  1. officer A opens the draft: one folding group per plan item and "Đã điền 0/N mục"; completing it empty gives
//     the error summary (every missing field, Vietnamese, each a link that unfolds its item and brings the field
//     into view) and no toast over the "Lưu"/"Hoàn thành" buttons; "86.5" is refused with the Vietnamese hint;
//  2. A fills half of the items and the figures the Vietnamese way, the progress follows, "Lưu" answers
//     "Đã lưu bản nháp lúc … bởi <A's name>", and A hands the task back;
//  3. officer B of the same unit, in another browser context (own cookies and storage), opens the task: the server's
//     draft is there ("Đang soạn tiếp bản nháp …"), B fills the rest, has an out-of-bounds figure refused by the
//     server in Vietnamese, and completes it;
//  4. the leader reads the whole report per item (every group unfolded, figures in Vietnamese), must give a reason
//     to return it, and returns it;
//  5. A sees the return reason on the new draft (no stale draft), corrects the first item and completes it;
//  6. the leader approves.
// Every screen's visible text is checked for English UI words and ids; each step leaves a numbered screenshot.
//
// Run by TasklistUnitReportBrowserIT, which opens the round first and checks the database afterwards.
// Configuration comes from environment variables (all required):
//   BASE_URL             e.g. http://localhost:8080
//   OFFICER_USER         the unit's officer, e.g. canbo-xa-tan-hong
//   OFFICER_NAME         that officer's name as people read it, e.g. Cán bộ Xã Tân Hồng
//   SECOND_OFFICER_USER  another officer of the same unit
//   LEADER_USER          the unit's leader, e.g. lanhdao-xa-tan-hong
//   PASSWORD             the users' password
//   RESULT_TEXT          unique text typed into every "Kết quả thực hiện"
//   CORRECTED_TEXT       what A writes into the first item's result after the return
//   RETURN_REASON        the leader's reason for returning the report
//   BUDGET_ENTRUSTED     typed into the budget field, Vietnamese writing, e.g. 1.500,5
//   POOR_FUND            typed into the poor-fund field, e.g. 86,5
//   FORBIDDEN_IDS        comma-separated ids no screen may show, e.g. xa-tan-hong
//   FIGURE_SUMMARY       what the leader's "Số liệu báo cáo" must show (one line per figure, Vietnamese numbers)
//   ROUND_TITLE          what the draft's "Kỳ báo cáo" must show (read from the round table when the form loads)
//   DEADLINE_TEXT        the deadline day the draft must show, e.g. 05/10/2026
//   SCREENSHOT_DIR       where numbered PNG screenshots go, e.g. target/screenshots/
//   CHROMIUM_PATH        the Chromium binary, e.g. /usr/bin/chromium
// Exits 0 when the whole flow went through, 1 with a message (and a failure screenshot) otherwise.

import { launchChromium, numberedScreenshots, requireEnv, type } from './browser-support.mjs';
import { signIn, signOut } from './tasklist-login.mjs';
import { checkVietnamese as checkScreen } from './screen-check.mjs';

const env = requireEnv(['BASE_URL', 'OFFICER_USER', 'OFFICER_NAME', 'SECOND_OFFICER_USER', 'LEADER_USER', 'PASSWORD',
  'RESULT_TEXT', 'CORRECTED_TEXT', 'RETURN_REASON', 'BUDGET_ENTRUSTED', 'POOR_FUND', 'FIGURE_SUMMARY', 'FORBIDDEN_IDS', 'ROUND_TITLE', 'DEADLINE_TEXT',
  'SCREENSHOT_DIR', 'CHROMIUM_PATH']);
const TASKLIST_URL = `${env.BASE_URL.replace(/\/$/, '')}/camunda/app/tasklist/default/`;
const TIMEOUT_MS = 30_000;

// How task names begin (reporting.ReportTaskDescriptions: "Soạn báo cáo đột xuất “…” – UBND xã Tân Hồng") and
// Vietnamese Tasklist texts (tasklist/locales/vi.json).
const DRAFT_TASK = 'Soạn báo cáo';
const APPROVAL_TASK = 'Duyệt báo cáo';
const UNIT_FILTER = 'Việc của đơn vị';
const TEXT = {
  signOut: 'Đăng xuất',
  claim: 'Nhận việc',
  complete: 'Hoàn thành',
  save: 'Lưu',
  completeError: 'Đã xảy ra lỗi khi gửi biểu mẫu công việc',
};

// Officer's out-of-bounds figure: the plan allows at most 10.000.000 triệu đồng.
const BUDGET_TOO_LARGE = '20.000.000';
const BOUNDS_REFUSAL = 'vượt quá 10.000.000 triệu đồng';
const NUMBER_FORMAT_HINT = 'Viết số theo cách Việt Nam';
const REQUIRED_MESSAGE = 'Chưa nhập ô bắt buộc này.';

function log(message) {
  console.log(`[tasklist-unit-report] ${message}`);
}

const takeScreenshot = numberedScreenshots(env.SCREENSHOT_DIR, 'tasklist-unit-report', { log });

async function screenshot(page, name) {
  await takeScreenshot(page, name);
  await checkVietnamese(page, name);
}

/** Fails when the screen's visible text holds an English UI word or an id instead of a name. */
async function checkVietnamese(page, screen) {
  await checkScreen(page, screen, env.FORBIDDEN_IDS.split(','));
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

/** The task list entries whose name begins with the given words (the name goes on with round and unit). */
function taskEntries(page, taskName) {
  return page.locator('.tasks-list li.task').filter({
    // a returned draft is listed as "[Bị trả lại] Soạn báo cáo …"
    has: page.locator('h4.task a', { hasText: new RegExp(`^\\s*(?:\\[Bị trả lại\\] )?${taskName} `) }),
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

// ---------------------------------------------------------------------------------------------------------------
// The report form's navigation (tasklist/scripts/camunda-form-report.js).

function itemGroups(page) {
  return page.locator('.fjs-form-field-dynamiclist .fjs-form-field-group');
}

/** Unfolds a plan item's group by clicking its heading, as the officer does. */
async function openItem(group) {
  if (await group.evaluate((element) => element.classList.contains('rf-collapsed'))) {
    await group.locator('.fjs-form-field-label').first().click();
  }
  await group.locator('.fjs-children').first().waitFor({ state: 'visible' });
}

async function waitForProgress(page, filled, total) {
  await page.locator('.rf-progress-text', { hasText: new RegExp(`^\\s*Đã điền ${filled}/${total} mục\\s*$`) })
    .waitFor();
}

/** The item's "Kết quả thực hiện" (by its form-js id: a folded item's field has no accessible role). */
function resultField(group) {
  return group.locator('textarea[id*="-Field_ItemResult_"]');
}

async function fillItem(group, text) {
  await openItem(group);
  await choose(group.locator('.fjs-form-field-select').filter({ hasText: 'Mức độ thực hiện' }), 'Đã hoàn thành');
  await type(resultField(group), text);
}

function buttonNamed(page, name) {
  return page.locator('.form-actions').getByRole('button', { name, exact: true });
}

/** Fails if a toast lies over the form's "Lưu" or "Hoàn thành" button. */
async function assertButtonsUncovered(page, screen) {
  const toasts = page.locator('.page-notifications .alert');
  for (const name of [TEXT.save, TEXT.complete]) {
    const button = await buttonNamed(page, name).boundingBox();
    if (!button) {
      throw new Error(`Screen "${screen}": the button "${name}" is not on the screen`);
    }
    for (let i = 0; i < (await toasts.count()); i++) {
      const toast = await toasts.nth(i).boundingBox();
      if (toast && toast.x < button.x + button.width && button.x < toast.x + toast.width
        && toast.y < button.y + button.height && button.y < toast.y + toast.height) {
        throw new Error(`Screen "${screen}": a toast covers the button "${name}"`);
      }
    }
  }
}

/**
 * Completes the empty draft: form-js refuses it in Vietnamese, nothing is sent, and the panel lists every field
 * still missing, item by item; a link of the list unfolds its item and brings the field into view.
 */
async function submitEmptyDraft(page, total) {
  log('complete the empty draft');
  await buttonNamed(page, TEXT.complete).click();
  const summary = page.locator('.rf-errors');
  await summary.waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  const messages = (await page.locator('.fjs-form-field-error').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  if (messages.length === 0 || !messages.every((t) => t === REQUIRED_MESSAGE)) {
    throw new Error(`The empty draft shows other messages than "${REQUIRED_MESSAGE}": ${JSON.stringify(messages)}`);
  }
  const links = summary.locator('a.rf-error-link');
  if ((await links.count()) !== messages.length) {
    throw new Error(`The summary lists ${await links.count()} fields, the form shows ${messages.length} messages`);
  }
  await summary.getByText(`còn ${messages.length} ô cần sửa`).waitFor();
  const groups = itemGroups(page);
  const lastStt = (await groups.nth(total - 1).locator('input').first().inputValue()).trim();
  const lastResult = summary.locator('li', { hasText: `Nhiệm vụ ${lastStt}:` })
    .getByRole('link', { name: 'Kết quả thực hiện', exact: true });
  await lastResult.waitFor();
  await summary.getByRole('link', { name: 'Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm (triệu đồng)', exact: true })
    .waitFor();
  await assertButtonsUncovered(page, 'draft-empty-refused');
  await screenshot(page, 'draft-empty-refused');
  // The last item is folded; its link unfolds it and puts the officer in its result field.
  await lastResult.click();
  const field = resultField(groups.nth(total - 1));
  await field.waitFor({ state: 'visible' });
  await page.waitForFunction((element) => document.activeElement === element, await field.elementHandle());
  if (!(await field.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }))) {
    throw new Error('The summary link did not bring the last item\'s result field into view');
  }
  await screenshot(page, 'draft-summary-link-followed');
  log(`${messages.length} Vietnamese messages, listed in the summary`);
}

/** Officer A: empty submit, English decimals, half the items and the figures, "Lưu", hands the task back. */
async function officerStartsDraft(page) {
  await login(page, env.OFFICER_USER);
  await taskEntries(page, DRAFT_TASK).first().waitFor();
  await screenshot(page, 'officer-logged-in');
  await openTask(page, DRAFT_TASK);
  // the round's values are read from the round table when the form loads, not copied into the unit report
  await waitForValue(page.getByRole('textbox', { name: 'Kỳ báo cáo', exact: true }), env.ROUND_TITLE);
  await page.getByText(env.DEADLINE_TEXT).first().waitFor();
  const groups = itemGroups(page);
  const total = await groups.count();
  if (total === 0) {
    throw new Error('The draft form shows no plan item');
  }
  await waitForProgress(page, 0, total);
  const unfolded = await groups.evaluateAll((all) => all.filter((g) => !g.classList.contains('rf-collapsed')).length);
  if (unfolded !== 1) {
    throw new Error(`The draft opens with ${unfolded} items unfolded instead of the first one only`);
  }
  await screenshot(page, 'draft-opened');
  await submitEmptyDraft(page, total);
  await dismissNotifications(page);
  await typeEnglishDecimals(page);
  await screenshot(page, 'draft-english-decimals-refused');
  const half = Math.ceil(total / 2);
  log(`officer A fills ${half} of ${total} plan items`);
  for (let i = 0; i < half; i++) {
    await fillItem(groups.nth(i), `${env.RESULT_TEXT} – nhiệm vụ ${i + 1}`);
    await waitForProgress(page, i + 1, total);
  }
  await type(budgetField(page), env.BUDGET_ENTRUSTED);
  await type(poorFundField(page), env.POOR_FUND);
  await poorFundField(page).blur();
  await buttonNamed(page, TEXT.save).click();
  const status = page.locator('.rf-status');
  await status.filter({
    hasText: new RegExp(`^Đã lưu bản nháp lúc \\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4} bởi ${env.OFFICER_NAME}\\.$`),
  }).waitFor();
  await assertButtonsUncovered(page, 'draft-saved');
  await screenshot(page, 'draft-saved');
  log(`saved: ${await status.innerText()}`);
  // Hands the task back to the unit, so that another officer can take it.
  await page.locator('button.unclaim').click();
  await page.getByRole('button', { name: TEXT.claim, exact: true }).waitFor();
  return { total, half };
}

/** Officer B, in another browser: the server's draft is there; B completes the rest and submits. */
async function secondOfficerCompletes(page, { total, half }) {
  await login(page, env.SECOND_OFFICER_USER);
  await taskEntries(page, DRAFT_TASK).first().waitFor();
  const taskId = await openTask(page, DRAFT_TASK);
  await page.locator('.rf-status').filter({
    hasText: new RegExp(`^Đang soạn tiếp bản nháp lưu lúc \\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4} bởi ${env.OFFICER_NAME}\\.$`),
  }).waitFor();
  await waitForProgress(page, half, total);
  const groups = itemGroups(page);
  await waitForValue(resultField(groups.first()), `${env.RESULT_TEXT} – nhiệm vụ 1`);
  await waitForValue(budgetField(page), env.BUDGET_ENTRUSTED);
  await waitForValue(poorFundField(page), env.POOR_FUND);
  await screenshot(page, 'draft-resumed-by-second-officer');
  for (let i = half; i < total; i++) {
    await fillItem(groups.nth(i), `${env.RESULT_TEXT} – nhiệm vụ ${i + 1}`);
  }
  await waitForProgress(page, total, total);
  await type(budgetField(page), BUDGET_TOO_LARGE);
  await budgetField(page).blur();
  await completeRefused(page, DRAFT_TASK, BOUNDS_REFUSAL);
  await assertButtonsUncovered(page, 'draft-out-of-bounds-refused');
  await screenshot(page, 'draft-out-of-bounds-refused');
  await dismissNotifications(page);
  await type(budgetField(page), env.BUDGET_ENTRUSTED);
  await budgetField(page).blur();
  await screenshot(page, 'draft-filled');
  await complete(page, DRAFT_TASK, taskId);
  await screenshot(page, 'draft-completed');
  await signOut(page, log);
}

/** The leader's form shows the whole report, per item, every item unfolded. */
async function checkReportReadable(page, firstResult) {
  const groups = itemGroups(page);
  await groups.first().waitFor();
  const folded = await groups.evaluateAll((all) => all.filter((g) => g.classList.contains('rf-collapsed')).length);
  if (folded > 0) {
    throw new Error(`The approval form folds ${folded} items: the leader must see the whole report`);
  }
  const heading = await groups.first().locator('.fjs-form-field-label').first().getAttribute('data-heading');
  if (!/^[\dA-Z.]+ \((Chủ trì|Phối hợp)\) — Đã hoàn thành$/.test(heading || '')) {
    throw new Error(`The first item's heading reads "${heading}"`);
  }
  await waitForValue(resultField(groups.first()), firstResult);
  await waitForValue(page.getByRole('textbox', { name: 'Số liệu báo cáo', exact: true }), env.FIGURE_SUMMARY);
}

/** The leader returns the report: a reason is required (refused in Vietnamese without), then given. */
async function leaderReturns(page) {
  await login(page, env.LEADER_USER);
  await taskEntries(page, APPROVAL_TASK).first().waitFor();
  await screenshot(page, 'leader-logged-in');
  const taskId = await openTask(page, APPROVAL_TASK);
  await checkReportReadable(page, `${env.RESULT_TEXT} – nhiệm vụ 1`);
  await screenshot(page, 'approval-opened');
  await page.getByRole('radio', { name: 'Trả lại để cán bộ chỉnh sửa', exact: true }).check();
  await buttonNamed(page, TEXT.complete).click();
  const reason = page.getByRole('textbox', { name: 'Lý do trả lại', exact: true });
  await errorsOf(reason).getByText(REQUIRED_MESSAGE).waitFor();
  await assertButtonsUncovered(page, 'approval-return-without-reason');
  await screenshot(page, 'approval-return-without-reason');
  await dismissNotifications(page);
  await type(reason, env.RETURN_REASON);
  await reason.blur();
  await complete(page, APPROVAL_TASK, taskId);
  await screenshot(page, 'approval-returned');
  await signOut(page, log);
}

/** Officer A again: the new draft shows the leader's reason and what was submitted; A corrects and submits. */
async function officerResubmits(page, { total }) {
  await page.goto(TASKLIST_URL, { waitUntil: 'networkidle' });
  await page.locator('.task-filters').getByText(UNIT_FILTER).first().waitFor();
  const taskId = await openTask(page, DRAFT_TASK);
  await waitForValue(page.getByRole('textbox', { name: 'Lý do bị trả lại lần trước', exact: true }),
    env.RETURN_REASON);
  await waitForProgress(page, total, total);
  if ((await page.locator('.rf-status').innerText()).trim() !== '') {
    throw new Error('The returned draft offers the draft saved before it was submitted');
  }
  await screenshot(page, 'draft-returned-with-reason');
  const first = itemGroups(page).first();
  await openItem(first);
  await type(resultField(first), env.CORRECTED_TEXT);
  await complete(page, DRAFT_TASK, taskId);
  await screenshot(page, 'draft-resubmitted');
  await signOut(page, log);
}

async function leaderApproves(page) {
  await login(page, env.LEADER_USER);
  await taskEntries(page, APPROVAL_TASK).first().waitFor();
  const taskId = await openTask(page, APPROVAL_TASK);
  await checkReportReadable(page, env.CORRECTED_TEXT);
  await screenshot(page, 'approval-reopened');
  await approve(page);
  await screenshot(page, 'approval-decided');
  await complete(page, APPROVAL_TASK, taskId);
  await screenshot(page, 'approval-completed');
  await signOut(page, log);
}

async function main() {
  const browser = await launchChromium(env.CHROMIUM_PATH);
  let page;
  // One browser context per person: its own cookies and storage, as another browser would have.
  const newPage = async () => {
    const context = await browser.newContext({
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      extraHTTPHeaders: { 'Accept-Language': 'vi' },
      viewport: { width: 1400, height: 1000 },
    });
    context.setDefaultTimeout(TIMEOUT_MS);
    const created = await context.newPage();
    created.on('pageerror', (error) => log(`page error: ${error.message}`));
    page = created;
    return created;
  };
  try {
    const officerA = await newPage();
    const items = await officerStartsDraft(officerA);
    await secondOfficerCompletes(await newPage(), items);
    const leader = await newPage();
    await leaderReturns(leader);
    page = officerA;
    await officerResubmits(officerA, items);
    page = leader;
    await leaderApproves(leader);
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

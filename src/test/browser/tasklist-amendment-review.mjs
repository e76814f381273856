// Drives the Camunda Tasklist in Chromium the way the branch's reviewer and the proposing unit's officer do: the
// reviewer opens "Chi nhánh NHCSXH tỉnh xem xét đề xuất" after a clarification and must read the plan item as it
// stands beside the proposed text, the units by name, and the question with the unit's answer; the officer then
// withdraws the proposal through "Khởi tạo quy trình" and must be told its code. Every screen's visible text,
// including the values of the read-only fields, is checked for English UI words and ids.
//
// Run by TasklistAmendmentReviewBrowserIT, which prepares the proposal and checks the database afterwards.
// Environment variables (all required):
//   BASE_URL, PASSWORD, CHROMIUM_PATH, SCREENSHOT_DIR  as in tasklist-unit-report.mjs
//   REVIEWER_USER     the branch's consolidator, e.g. tonghop
//   OFFICER_USER      the proposing unit's officer
//   PROPOSAL_KEY      e.g. DX-2026-0007
//   EXPECTED_TEXTS    texts the review form must show, separated by "|"
//   FORBIDDEN_IDS     comma-separated ids no screen may show
// Exits 0 when the whole flow went through, 1 with a message (and a failure screenshot) otherwise.

import { launchChromium, numberedScreenshots, requireEnv } from './browser-support.mjs';
import { checkText } from './screen-check.mjs';
import { signIn, signOut } from './tasklist-login.mjs';

const env = requireEnv(['BASE_URL', 'PASSWORD', 'CHROMIUM_PATH', 'SCREENSHOT_DIR', 'REVIEWER_USER', 'OFFICER_USER',
  'PROPOSAL_KEY', 'EXPECTED_TEXTS', 'FORBIDDEN_IDS']);
const TASKLIST_URL = `${env.BASE_URL.replace(/\/$/, '')}/camunda/app/tasklist/default/`;
const TIMEOUT_MS = 30_000;

const REVIEW_TASK = 'Chi nhánh NHCSXH tỉnh xem xét đề xuất';
const WITHDRAWAL_PROCESS = 'Rút đề xuất sửa đổi, bổ sung Kế hoạch';
const TEXT = { signOut: 'Đăng xuất', claim: 'Nhận việc', complete: 'Hoàn thành', startProcess: 'Khởi tạo quy trình',
  start: 'Khởi tạo' };

function log(message) {
  console.log(`[tasklist-amendment-review] ${message}`);
}

/** What a person reads on the screen: the visible text and the values of the form's fields. */
async function readable(page) {
  const values = await page.locator('.fjs-form textarea, .fjs-form input[type="text"]').evaluateAll(
    (fields) => fields.map((f) => f.value));
  return `${await page.locator('body').innerText()}\n${values.join('\n')}`;
}

const takeScreenshot = numberedScreenshots(env.SCREENSHOT_DIR, 'tasklist-amendment-review', { log });

async function screenshot(page, name) {
  await takeScreenshot(page, name);
  // the values of the read-only fields are read too: they are what the reviewer reads
  return checkText(await readable(page), name, env.FORBIDDEN_IDS.split(','), { extraWords: ['started', 'instance'] });
}

async function login(page, user) {
  log(`login as ${user}`);
  await signIn(page, TASKLIST_URL, user, env.PASSWORD, log);
  await page.locator('.task-filters').first().waitFor();
  await page.locator('li.account li.logout a', { hasText: TEXT.signOut }).waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
}

/** The branch's reviewer opens the proposal's review and reads the whole proposal. */
async function reviewerReads(page) {
  await login(page, env.REVIEWER_USER);
  await screenshot(page, 'reviewer-logged-in');
  const entry = page.locator('.tasks-list li.task').filter({
    // the task list names the proposal and its unit after the step ("… xem xét đề xuất DX-2026-0001 – Phường Mỹ Tho")
    has: page.locator('h4.task a', { hasText: new RegExp(`^\\s*${REVIEW_TASK} DX-`) }),
  }).first();
  const link = entry.locator('h4.task a');
  await link.waitFor();
  await link.click();
  await page.locator('h2.task', { hasText: REVIEW_TASK }).waitFor();
  await page.locator('.fjs-form').waitFor();
  await page.getByRole('button', { name: TEXT.claim, exact: true }).click();
  await page.getByRole('button', { name: TEXT.complete, exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
  // form-js fills the read-only fields once the task variables have arrived
  await page.locator('.fjs-form textarea').first().waitFor();
  let text = '';
  for (let attempt = 0; attempt < 20; attempt++) {
    text = await readable(page);
    if (text.includes(env.PROPOSAL_KEY)) {
      break;
    }
    await page.waitForTimeout(250);
  }
  text = await screenshot(page, 'review-opened');
  for (const expected of env.EXPECTED_TEXTS.split('|')) {
    if (!text.includes(expected)) {
      throw new Error(`The review does not show "${expected}"`);
    }
  }
  log('the review shows the proposal beside the plan and the clarification thread');
  await signOut(page, log);
}

/** The proposing unit's officer withdraws the proposal and is told which one. */
async function officerWithdraws(page) {
  await login(page, env.OFFICER_USER);
  await page.locator('a', { hasText: TEXT.startProcess }).first().click();
  await page.locator('.modal-dialog').waitFor();
  await page.locator('.modal-dialog a', { hasText: WITHDRAWAL_PROCESS }).first().click();
  await page.locator('.modal-dialog .fjs-form').waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'withdrawal-form');
  const code = page.getByRole('textbox', { name: 'Mã đề xuất', exact: true });
  const reason = page.getByRole('textbox', { name: 'Lý do rút đề xuất', exact: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    await code.fill(env.PROPOSAL_KEY);
    await reason.fill('Đơn vị sẽ đề xuất lại sau khi thống nhất với Sở Tài chính.');
    if ((await code.inputValue()) === env.PROPOSAL_KEY) {
      break;
    }
    await page.waitForTimeout(250);
  }
  await page.locator('.modal-dialog').getByRole('button', { name: TEXT.start, exact: true }).click();
  const told = `Đã rút đề xuất ${env.PROPOSAL_KEY}.`;
  await page.locator('.page-notifications', { hasText: told }).waitFor();
  await screenshot(page, 'withdrawn');
  log(`told: ${told}`);
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
    await reviewerReads(page);
    await officerWithdraws(page);
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
    console.error(`[tasklist-amendment-review] FAILED: ${error.stack || error}`);
    process.exit(1);
  },
);

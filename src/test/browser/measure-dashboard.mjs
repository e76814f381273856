// Measures the round dashboard of a whole province round on a running system (the embedded default:
// `mvn spring-boot:run`). Run: node src/test/browser/measure-dashboard.mjs
//
// Opens this year's annual round as the consolidator if none is open (120 unit reports, started by the
// job executor), then, 5 times each and in the same run: the dashboard API, the whole page until its table
// is drawn in headless Chromium, and as a baseline the plain unit list API. Prints median and max in ms.
// Optional environment: BASE_URL (http://localhost:8080), PASSWORD (Demo@752), CHROMIUM_PATH (/usr/bin/chromium).

import { chromium } from 'playwright-core';

const base = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
const password = process.env.PASSWORD || 'Demo@752';
const auth = (user) => 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
const runs = 5;

async function api(path, user = 'quanly', options = {}) {
  const response = await fetch(base + path, { ...options, headers: { Authorization: auth(user), ...(options.headers || {}) } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

async function provinceRound() {
  const year = new Date().getFullYear();
  const key = `BC-NAM-${year}`;
  const rounds = await api('/api/rounds');
  if (!rounds.some((r) => r.key === key)) {
    await api('/engine-rest/process-definition/key/annual-report-cycle/submit-form', 'tonghop', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ variables: { reportYear: { value: year } } }),
    });
  }
  for (let i = 0; i < 120; i++) {
    const view = await api(`/api/dashboard/rounds/${key}`);
    if (view.total > 0 && view.units.every((u) => u.processInstanceId)) return { key, total: view.total };
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the round did not start its unit reports within 2 minutes');
}

async function time(action) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)].toFixed(0), max: samples[runs - 1].toFixed(0) };
}

const { key, total } = await provinceRound();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'] });
const context = await browser.newContext({ locale: 'vi-VN' });
const page = await context.newPage();
// The page needs the webapps' login: without it, it sends the browser to /dang-nhap.html, which returns here.
await page.goto(`${base}/bang-theo-doi.html?round=${key}`, { waitUntil: 'networkidle' });
await page.locator('#username').fill('quanly');
await page.locator('#password').fill(password);
await page.locator('#submit').click();
await page.waitForURL(/bang-theo-doi\.html/); // warm-up
await page.locator('#rows tr').first().waitFor();

const baseline = await time(() => api('/api/units'));
const dashboardApi = await time(() => api(`/api/dashboard/rounds/${key}`));
const pageRender = await time(async () => {
  await page.goto(`${base}/bang-theo-doi.html?round=${key}`);
  await page.locator(`#rows tr:nth-child(${total})`).waitFor();
});
await browser.close();
console.log(`round ${key}: ${total} units, ${runs} runs each (ms)`);
console.log(`baseline  GET /api/units                 median ${baseline.median}  max ${baseline.max}`);
console.log(`dashboard GET /api/dashboard/rounds/...  median ${dashboardApi.median}  max ${dashboardApi.max}`);
console.log(`dashboard page drawn in Chromium          median ${pageRender.median}  max ${pageRender.max}`);

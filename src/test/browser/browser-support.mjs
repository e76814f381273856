// What every browser test script needs the same way: its environment, Chromium in Vietnamese, numbered
// screenshots, typing that sticks. Scripts import only what they use.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** The named environment variables; exits with code 2 naming the missing ones. */
export function requireEnv(names) {
  const missing = names.filter((name) => !process.env[name]);
  if (missing.length > 0) {
    console.error(`Missing environment variables: ${missing.join(', ')}`);
    process.exit(2);
  }
  return Object.fromEntries(names.map((name) => [name, process.env[name]]));
}

/** Headless Debian Chromium with Vietnamese as the browser language, quiet (no updates, no sync). */
export function launchChromium(executablePath) {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=vi'],
  });
}

/**
 * Returns screenshot(page, name): saves dir/prefix-NN-name.png (NN counts from firstStep + 1), logs its path
 * when log is given, and resolves to the file's path.
 */
export function numberedScreenshots(dir, prefix, { log, firstStep = 0 } = {}) {
  mkdirSync(dir, { recursive: true });
  let step = firstStep;
  return async (page, name) => {
    step += 1;
    const file = path.join(dir, `${prefix}-${String(step).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    if (log) {
      log(`screenshot ${file}`);
    }
    return file;
  };
}

/** Types into a field by its locator and checks that it holds exactly what was typed. */
export async function type(field, text) {
  for (let attempt = 0; attempt < 5; attempt++) {
    await field.fill(text);
    if ((await field.inputValue()) === text) {
      return;
    }
    await field.page().waitForTimeout(250);
  }
  throw new Error(`The field does not keep "${text}"; it shows "${await field.inputValue()}"`);
}

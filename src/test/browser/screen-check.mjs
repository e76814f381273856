// What every browser test checks on each screen it passes: no English UI word, no unit/group id, no engine id.
// Shared by the Tasklist browser tests (the list of English words is the issue's, kept here once).

// English a Vietnamese user must never read (whole words, case-sensitive where English capitalises them).
export const ENGLISH_WORDS = ['Field', 'field', 'required', 'Select', 'Search', 'Cannot', 'cannot', 'ago', 'Value',
  'expected', 'decimal', 'minimum', 'maximum', 'pattern', 'No results', 'Submit', 'Save', 'Complete', 'Claim',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'months', 'days',
  'hours', 'minutes', 'seconds', 'year', 'years'];
const wordsPattern = (words) => new RegExp(`(?<![\\p{L}\\d-])(${words.join('|')})(?![\\p{L}\\d-])`, 'u');
const ENGLISH = wordsPattern(ENGLISH_WORDS);
// A group id ("xa-tan-hong.can-bo") or an engine id (a UUID) where a person reads.
const GROUP_ID = /[a-z0-9-]+\.(can-bo|lanh-dao|[a-z]+-[a-z-]+)\b/;
const ENGINE_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/;

/**
 * Fails when the page's visible text holds an English UI word, one of the given ids (unit ids, user names that
 * carry them) or a group/engine id. Returns the visible text, for the caller's own checks.
 * extraWords, extraPatterns: what a page of the application must not show besides (raw API answers, account ids).
 * groupIdsAllowed: the screen is where an administrator manages groups by their ids (Camunda Admin's lists).
 */
export async function checkVietnamese(page, screen, forbiddenIds, options = {}) {
  return checkText(await page.locator('body').innerText(), screen, forbiddenIds, options);
}

/** The same check on a text a person reads (e.g. the visible text plus the values of a form's fields). */
export function checkText(text, screen, forbiddenIds, { extraWords = [], extraPatterns = [], groupIdsAllowed = false } = {}) {
  const english = text.match(extraWords.length ? wordsPattern([...ENGLISH_WORDS, ...extraWords]) : ENGLISH);
  if (english) {
    throw new Error(`Screen "${screen}" shows the English word "${english[1]}": ${around(text, english.index)}`);
  }
  for (const id of forbiddenIds) {
    const at = text.search(new RegExp(`(?<![\\p{L}\\d-])${id}(?![\\p{L}\\d-])`, 'u'));
    if (at >= 0) {
      throw new Error(`Screen "${screen}" shows the id "${id}": ${around(text, at)}`);
    }
  }
  for (const pattern of [...(groupIdsAllowed ? [] : [GROUP_ID]), ENGINE_ID, ...extraPatterns]) {
    const match = text.match(pattern);
    if (match) {
      throw new Error(`Screen "${screen}" shows the id "${match[0]}": ${around(text, match.index)}`);
    }
  }
  return text;
}

function around(text, index) {
  return `"…${text.slice(Math.max(0, index - 60), index + 60).replace(/\s+/g, ' ')}…"`;
}

// What every browser test checks on every screen a person sees: no English UI word, no unit/group/account id, no
// engine id. The same words as tasklist-unit-report.mjs (which keeps its own copy).

export const ENGLISH_WORDS = ['Field', 'field', 'required', 'Select', 'Search', 'Cannot', 'cannot', 'ago', 'Value',
  'expected', 'decimal', 'minimum', 'maximum', 'pattern', 'No results', 'Submit', 'Save', 'Complete', 'Claim',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'months', 'days',
  'hours', 'minutes', 'seconds', 'year', 'years', 'Forbidden', 'Unauthorized', 'Error', 'error', 'status', 'detail',
  'title', 'Login', 'Password', 'Username', 'null', 'undefined', 'system'];
const ENGLISH = new RegExp(`(?<![\\p{L}\\d-])(${ENGLISH_WORDS.join('|')})(?![\\p{L}\\d-])`, 'u');
// A group id ("xa-tan-hong.can-bo"), an account id ("canbo-xa-tan-hong", "tonghop"), an engine id (a UUID) or raw JSON.
const TECHNICAL = [/[a-z0-9-]+\.(can-bo|lanh-dao)\b/, /\b(canbo|lanhdao)-[a-z-]+/, /\b(tonghop|quanly)\b/,
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/, /\{\s*"/];

/** Throws when the page's visible text holds an English UI word, one of the ids, or a technical id. */
export async function checkScreen(page, screen, forbiddenIds) {
  const text = await page.locator('body').innerText();
  const english = text.match(ENGLISH);
  if (english) {
    throw new Error(`Screen "${screen}" shows the English word "${english[1]}": ${around(text, english.index)}`);
  }
  for (const id of forbiddenIds) {
    const at = text.search(new RegExp(`(?<![\\p{L}\\d-])${id}(?![\\p{L}\\d-])`, 'u'));
    if (at >= 0) {
      throw new Error(`Screen "${screen}" shows the id "${id}": ${around(text, at)}`);
    }
  }
  for (const pattern of TECHNICAL) {
    const match = text.match(pattern);
    if (match) {
      throw new Error(`Screen "${screen}" shows "${match[0]}": ${around(text, match.index)}`);
    }
  }
  return text;
}

function around(text, index) {
  return `"…${text.slice(Math.max(0, index - 60), index + 60).replace(/\s+/g, ' ')}…"`;
}

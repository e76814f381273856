// The application's own pages (dashboard, history, login) are checked like the Tasklist screens (screen-check.mjs),
// and besides must not show what a raw API answer or an account carries.
import { checkVietnamese } from './screen-check.mjs';

const PAGE_WORDS = ['Forbidden', 'Unauthorized', 'Error', 'error', 'status', 'detail', 'title', 'Login', 'Password',
  'Username', 'null', 'undefined', 'system'];
// An account id ("canbo-xa-tan-hong", "tonghop") or raw JSON.
const PAGE_PATTERNS = [/\b(canbo|lanhdao)-[a-z-]+/, /\b(tonghop|quanly)\b/, /\{\s*"/];

/** Throws when the page's visible text holds an English UI word, one of the ids, or a technical id. */
export function checkScreen(page, screen, forbiddenIds) {
  return checkVietnamese(page, screen, forbiddenIds, { extraWords: PAGE_WORDS, extraPatterns: PAGE_PATTERNS });
}

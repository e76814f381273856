// Vietnamese for what Tasklist 7.24 shows in English around Camunda Forms.
//
// Tasklist builds form-js 1.13 itself (new Form({container}) in camunda-tasklist-bootstrap.js) without
// additionalModules, and form-js 1.x hard-codes its validation messages and placeholders in English: there is
// no i18n/translate service to hand Vietnamese to. So a MutationObserver rewrites the known English texts where
// they appear (error messages, select placeholders, "No results", the task form's error toast). Preact only
// writes a text node again when its own value changes, so a rewritten text stays until the next message, which
// the observer rewrites in turn. The date picker (flatpickr, reachable as input._flatpickr) gets a Vietnamese
// locale starting on Monday; relative times ("Hạn 2 tháng trước") follow angular-moment's locale.
// The texts come from form-js 1.13.2 and Tasklist 7.24: recheck on every Camunda upgrade
// (TasklistUnitReportBrowserIT fails on English words it meets).
const angular = window.angular;

/** Vietnamese writing of a number form-js puts in a message (it prints them the JavaScript way). */
function vietnameseNumber(text) {
  const number = Number(text);
  return Number.isFinite(number) ? number.toLocaleString('vi-VN', { maximumFractionDigits: 20 }) : text;
}

const SPANS = { second: 'giây', minute: 'phút', hour: 'giờ', day: 'ngày', month: 'tháng', year: 'năm' };

/** "20 days" → "20 ngày", "a few seconds" → "vài giây"; null for anything else. */
function vietnameseSpan(span) {
  if (span === 'a few seconds') {
    return 'vài giây';
  }
  const match = span.match(/^(a|an|\d+) (second|minute|hour|day|month|year)s?$/);
  return match ? `${/\d/.test(match[1]) ? match[1] : 'một'} ${SPANS[match[2]]}` : null;
}

/** A pattern that describes a Vietnamese number (the report figures' text fields). */
function isNumberPattern(pattern) {
  return pattern.includes('\\d{3}');
}

const MESSAGES = [
  [/^Field is required\.$/, () => 'Chưa nhập ô bắt buộc này.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Cần nhập ít nhất ${n} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Chỉ được nhập tối đa ${n} ký tự.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Không được nhỏ hơn ${vietnameseNumber(n)}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Không được lớn hơn ${vietnameseNumber(n)}.`],
  [/^Field must match pattern (.+)\.$/, (pattern) => (isNumberPattern(pattern)
    ? 'Viết số theo cách Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân (ví dụ 1.500,5).'
    : 'Giá trị chưa đúng định dạng yêu cầu.')],
  [/^Value is expected to be an integer\.$/, () => 'Phải là số nguyên.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (n) => `Chỉ được có tối đa ${n} chữ số thập phân.`],
  [/^Value is not a number\.$/, () => 'Giá trị phải là một số.'],
  [/^Incorrect step, nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Giá trị không hợp lệ; gần nhất là ${vietnameseNumber(a)} hoặc ${vietnameseNumber(b)}.`],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid {1,2}international phone number\..*$/, () => 'Số điện thoại không hợp lệ (ví dụ +84277...).'],
  // Relative times moment printed in English before the Vietnamese locale was in place (first screen).
  [/^in (.+)$/, (span) => (vietnameseSpan(span) ? `${vietnameseSpan(span)} tới` : null)],
  [/^(.+) ago$/, (span) => (vietnameseSpan(span) ? `${vietnameseSpan(span)} trước` : null)],
  [/^Select$/, () => 'Chọn'],
  [/^Search$/, () => 'Tìm kiếm'],
  [/^No results$/, () => 'Không có kết quả'],
];

/**
 * The engine's prefixes in a refusal ("Cannot submit task form <id>: ", "Cannot instantiate process definition
 * <id>: ", "ENGINE-12345 "), and the ". : " Tasklist puts between its own title and the engine's message: the
 * application's Vietnamese refusal is what the officer needs to read.
 */
const ENGINE_PREFIXES = [
  /Cannot submit task form [^:]+: /g,
  /Cannot (?:instantiate|start) process definition [^ ]+: /g,
  /Cannot complete task [^:]+: /g,
  /ENGINE-\d+ /g,
];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, render] of MESSAGES) {
    const match = trimmed.match(pattern);
    const rendered = match && render(...match.slice(1));
    if (rendered) {
      return text.replace(trimmed, rendered);
    }
  }
  if (/Cannot |ENGINE-\d+/.test(text)) {
    let cleaned = text;
    ENGINE_PREFIXES.forEach((prefix) => { cleaned = cleaned.replace(prefix, ''); });
    return cleaned.replace(/\.\s*:\s*/, '. ');
  }
  return null;
}

function translateTextNode(node) {
  const replacement = translate(node.data);
  if (replacement !== null && replacement !== node.data) {
    node.data = replacement;
  }
}

const PLACEHOLDERS = { Select: 'Chọn', Search: 'Tìm kiếm' };

/** Vietnamese flatpickr locale (flatpickr ships none in the bundle Tasklist loads). */
const FLATPICKR_VI = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9',
      'Tháng 10', 'Tháng 11', 'Tháng 12'],
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để tăng',
  toggleTitle: 'Bấm để đổi',
  time_24hr: true,
  ordinal: () => '',
};

function localiseElement(element) {
  if (element.placeholder && PLACEHOLDERS[element.placeholder]) {
    element.placeholder = PLACEHOLDERS[element.placeholder];
  }
  const picker = element._flatpickr;
  if (picker && !picker.vietnamese) {
    picker.vietnamese = true;
    // The date format stays form-js's: it follows the browser's language (dd/MM/yyyy in a Vietnamese browser).
    picker.set('locale', FLATPICKR_VI);
  }
}

function localise(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateTextNode(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  localiseElement(root);
  root.querySelectorAll('input, textarea').forEach(localiseElement);
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    translateTextNode(node);
  }
}

function observe() {
  localise(document.body);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateTextNode(mutation.target);
      } else if (mutation.type === 'attributes') {
        localiseElement(mutation.target);
      } else {
        mutation.addedNodes.forEach(localise);
      }
    }
  }).observe(document.body, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['placeholder'],
  });
  // flatpickr attaches itself to the input after form-js rendered it; the observer saw the input before that.
  document.addEventListener('focusin', (event) => localiseElement(event.target), true);
  document.addEventListener('click', (event) => {
    const input = event.target.closest && event.target.closest('.fjs-input-group, .fjs-datetime-subsection');
    if (input) {
      input.querySelectorAll('input').forEach(localiseElement);
    }
  }, true);
}

if (document.body) {
  observe();
} else {
  document.addEventListener('DOMContentLoaded', observe);
}

// Relative times ("Hạn 2 tháng trước") and dates follow the Tasklist's language from the first screen on.
angular.module('cam.tasklist').run(['amMoment', '$translate', '$rootScope', (amMoment, $translate, $rootScope) => {
  const follow = () => amMoment.changeLocale(
    ($translate.proposedLanguage() || $translate.use() || navigator.language || 'vi').slice(0, 2));
  follow();
  $rootScope.$on('$translateChangeSuccess', follow);
}]);

export default [];

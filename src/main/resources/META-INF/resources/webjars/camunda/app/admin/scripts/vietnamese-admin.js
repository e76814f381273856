// Admin the Vietnamese way where its locale file cannot reach: dates as 01/12/2026 instead of ISO, and the engine's
// permission names (READ, TASK_WORK, ...) in the authorizations' lists as Vietnamese words, and their heading in
// Vietnamese word order ("Phân quyền: Công việc", Admin puts the resource first).
//
// Camunda 7.24 Admin writes the execution metrics' dates with a hard-coded "YYYY-MM-DD" (the same strings are the
// keys it sends back to the server, so they cannot be changed where they are made), and the authorizations' lists
// print the engine's permission names as they are. This custom script rewrites only what is shown: text nodes, once
// Angular has written them (a MutationObserver, as Tasklist's camunda-form-vietnamese.js does). A permission cell
// keeps the engine's names in its tooltip, for the administrator who looks them up in Camunda's documentation.
// Technical dumps (<pre>, the diagnostics data) and form fields are left alone. Recheck on every Camunda upgrade
// (AdminCockpitBrowserIT reads every Admin page).

const PERMISSIONS = {
  ALL: 'Tất cả quyền',
  NONE: 'Không có quyền',
  ACCESS: 'Truy cập',
  READ: 'Xem',
  UPDATE: 'Sửa',
  CREATE: 'Tạo',
  DELETE: 'Xóa',
  SET: 'Đặt',
  READ_TASK: 'Xem công việc',
  UPDATE_TASK: 'Sửa công việc',
  TASK_WORK: 'Xử lý công việc',
  TASK_ASSIGN: 'Giao công việc',
  CREATE_INSTANCE: 'Khởi tạo hồ sơ',
  READ_INSTANCE: 'Xem hồ sơ',
  UPDATE_INSTANCE: 'Sửa hồ sơ',
  DELETE_INSTANCE: 'Xóa hồ sơ',
  MIGRATE_INSTANCE: 'Chuyển phiên bản hồ sơ',
  SUSPEND: 'Tạm dừng',
  SUSPEND_INSTANCE: 'Tạm dừng hồ sơ',
  RETRY_JOB: 'Chạy lại tác vụ',
  READ_HISTORY: 'Xem lịch sử',
  UPDATE_HISTORY: 'Sửa lịch sử',
  DELETE_HISTORY: 'Xóa lịch sử',
  READ_VARIABLE: 'Xem biến',
  UPDATE_VARIABLE: 'Sửa biến',
  READ_INSTANCE_VARIABLE: 'Xem biến của hồ sơ',
  UPDATE_INSTANCE_VARIABLE: 'Sửa biến của hồ sơ',
  READ_TASK_VARIABLE: 'Xem biến của công việc',
  UPDATE_TASK_VARIABLE: 'Sửa biến của công việc',
  READ_HISTORY_VARIABLE: 'Xem biến trong lịch sử',
};
const PERMISSION_LIST = /^\s*[A-Z_]+(\s*,\s*[A-Z_]+)*\s*$/;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const AUTHORIZATIONS_OF = /^\s*(\S.*?)\s+Phân quyền\s*$/;
const UNTOUCHED = 'INPUT, TEXTAREA, SCRIPT, STYLE, PRE, CODE, [contenteditable]';

function rewrite(node) {
  const parent = node.parentElement;
  if (!parent || parent.closest(UNTOUCHED)) {
    return;
  }
  const text = node.nodeValue;
  let shown = text;
  const cell = parent.closest('td.permissions');
  if (cell && PERMISSION_LIST.test(text)) {
    const names = text.trim().split(/\s*,\s*/);
    cell.title = names.join(', ');
    shown = names.map((name) => PERMISSIONS[name] || name).join(', ');
  }
  // The authorizations' heading is "{{resource}} {{'AUTHORIZATION_AUTHORIZATIONS'}}" ("Công việc Phân quyền").
  const heading = parent.matches('.section-content h3') && AUTHORIZATIONS_OF.exec(text);
  if (heading) {
    shown = `Phân quyền: ${heading[1]}`;
  }
  shown = shown.replace(ISO_DATE, '$3/$2/$1');
  if (shown !== text) {
    node.nodeValue = shown;
  }
}

function rewriteAll(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    rewrite(root);
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    rewrite(node);
  }
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      rewrite(mutation.target);
    } else {
      mutation.addedNodes.forEach(rewriteAll);
    }
  }
}).observe(document.documentElement, { childList: true, characterData: true, subtree: true });

export default [];

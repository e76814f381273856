// Tasklist 7.24 tells the success of "Khởi tạo quy trình" with one fixed text ("Quy trình đã được khởi tạo.", the
// locale's PROCESS_START_OK), without what was started. The start response carries the instance's business key,
// which the application sets from its own tables (the proposal's DX-2026-0007, the round's BC-NAM-2026): remember
// it from the response and put it in the message, e.g. "Đã gửi đề xuất DX-2026-0007 để lãnh đạo đơn vị duyệt."
// Recheck on every Camunda upgrade (the URL of the start call and the locale text).
const START_CALL = /\/process-definition\/[^/]+\/submit-form$/;
const START_OK = 'Quy trình đã được khởi tạo.';
let lastStarted = null;

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function openAndRemember(method, url, ...rest) {
  if (method === 'POST' && START_CALL.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      try {
        lastStarted = this.status === 200 ? JSON.parse(this.responseText).businessKey || null : null;
      } catch (e) {
        lastStarted = null;
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

/** The success message for what was started, from its business key. */
function startedMessage(key) {
  if (/^DX-\d{4}-\d+$/.test(key)) {
    return `Đã gửi đề xuất ${key} để lãnh đạo đơn vị duyệt. Mã đề xuất dùng để theo dõi hoặc rút đề xuất.`;
  }
  if (/^RUT-DX-\d{4}-\d+$/.test(key)) {
    return `Đã rút đề xuất ${key.slice(4)}.`;
  }
  if (/^BC-/.test(key)) {
    return `Đã mở kỳ báo cáo ${key}.`;
  }
  return `Đã khởi tạo hồ sơ ${key}.`;
}

function rewrite(node) {
  if (lastStarted && node.data && node.data.trim() === START_OK) {
    node.data = node.data.replace(START_OK, startedMessage(lastStarted));
  }
}

function watch() {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        rewrite(mutation.target);
      }
      mutation.addedNodes.forEach((added) => {
        if (added.nodeType === Node.TEXT_NODE) {
          rewrite(added);
        } else if (added.nodeType === Node.ELEMENT_NODE) {
          const texts = document.createTreeWalker(added, NodeFilter.SHOW_TEXT);
          for (let node = texts.nextNode(); node; node = texts.nextNode()) {
            rewrite(node);
          }
        }
      });
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

if (document.body) {
  watch();
} else {
  document.addEventListener('DOMContentLoaded', watch);
}

export default [];

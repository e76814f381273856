// Cockpit's words its locale file cannot reach, and no engine ids where a manager reads.
//
// Camunda 7.24 Cockpit writes the incident type "failedJob" as a hard-coded "Failed Job", and links every process
// instance by its id (a UUID) — in the incidents, the instances of a definition, the called instances. This custom
// script rewrites only what is shown, once Angular has written it (a MutationObserver, as Tasklist's
// camunda-form-vietnamese.js does): the incident types in Vietnamese, and an instance link's text becomes the
// instance's business key (the round and unit of a report, the proposal's number), read once per instance from the
// engine's REST API with the webapp's own session; the id stays in the link's tooltip. The definition and deployment
// ids of a definition's side panel are hidden by styles/user-styles.css. Recheck on every Camunda upgrade
// (AdminCockpitBrowserIT reads these pages).

const INCIDENT_TYPES = {
  'Failed Job': 'Tác vụ chạy lỗi',
  failedJob: 'Tác vụ chạy lỗi',
  failedExternalTask: 'Tác vụ bên ngoài chạy lỗi',
};
const UUID = /^\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*$/;
const INSTANCE_LINK = /#\/process-instance\/([0-9a-f-]{36})/;
const WITHOUT_KEY = 'Xem hồ sơ';

const engineApi = () => {
  const base = document.querySelector('base[engine-api]');
  const engine = window.location.pathname.split('/').filter(Boolean).slice(-1)[0] || 'default';
  return `${base ? base.getAttribute('engine-api') : '/camunda/api/engine/'}engine/${engine}/`;
};

const businessKeys = new Map();
function businessKey(id) {
  if (!businessKeys.has(id)) {
    // History holds running and ended instances alike.
    businessKeys.set(id, fetch(`${engineApi()}history/process-instance/${id}`, {
      credentials: 'same-origin', headers: { Accept: 'application/json' },
    }).then((response) => (response.ok ? response.json() : {}))
      .then((instance) => instance.businessKey || WITHOUT_KEY, () => WITHOUT_KEY));
  }
  return businessKeys.get(id);
}

function rewrite(node) {
  const parent = node.parentElement;
  if (!parent || parent.closest('INPUT, TEXTAREA, SCRIPT, STYLE, PRE, CODE')) {
    return;
  }
  const text = node.nodeValue;
  const type = INCIDENT_TYPES[text.trim()];
  if (type && parent.closest('td')) {
    node.nodeValue = type;
    return;
  }
  const link = parent.closest('a[href]');
  const match = link && UUID.test(text) && INSTANCE_LINK.exec(link.getAttribute('href'));
  if (match && text.trim() === match[1]) {
    link.title = match[1];
    businessKey(match[1]).then((key) => {
      if (node.nodeValue === text) {
        node.nodeValue = key;
      }
    });
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

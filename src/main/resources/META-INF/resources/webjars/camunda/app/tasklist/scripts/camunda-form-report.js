// The unit report forms (unit-report-draft, unit-report-approval) made navigable per plan item, and the draft
// saved on the server for the unit.
//
// Why here and not in an embedded form: the forms stay Camunda Forms, so the engine's front door (the field filter
// of identity/guard), the server-side validation, the template rendering of the forms package and the Vietnamese
// messages of camunda-form-vietnamese.js keep working unchanged; this script only adds what form-js 1.13 lacks.
// It never writes into form-js's fields: it reads the DOM form-js renders and adds a panel of its own.
//
// 1. Each plan item is a group of the form (Group_Item inside List_Items). A click on the group's heading folds or
//    unfolds it; the heading shows the item's STT, role and whether it is filled ("Đã điền" / "Còn thiếu: …").
// 2. A panel above the form, kept in view while scrolling: "Đã điền 5/16 mục", updated as the officer types; after
//    "Hoàn thành" on an incomplete form, the list of the items and fields still missing, each a link that unfolds
//    the item and brings the field into view; the draft's "Đã lưu bản nháp lúc … bởi …".
// 3. "Lưu" sends the form's state to /api/report-drafts/tasks/{taskId} (the server keeps one draft per round and
//    unit, for the unit's officers); opening the draft task loads it, in any browser, for any officer of the unit.
//    Tasklist's own "Lưu" writes localStorage "camunda-form:<taskId>", which Tasklist reads when it builds the form:
//    the server's draft is written there first, and a save is sent on to the server, then dropped from the browser.
// Relies on Tasklist 7.24 internals (camTasklistFormCamunda's link, its controller's registerSaveHandler) and on
// form-js 1.13's DOM: recheck on every Camunda upgrade (TasklistUnitReportBrowserIT fails if any of it breaks).
const angular = window.angular;

const DRAFT_API = '/api/report-drafts/tasks/';
const STORAGE_PREFIX = 'camunda-form:';
const ITEM_GROUP = '.fjs-form-field-group';
const REQUIRED_FIELDS = { Field_ItemLevel: 'Mức độ thực hiện', Field_ItemResult: 'Kết quả thực hiện' };

// ---------------------------------------------------------------------------------------------------------------
// Server draft: loaded before Tasklist builds the form, saved when Tasklist saves.

/** The panel of the form shown for a task, once the form is there (the status line is written into it). */
const statusByTask = {};

function request(method, taskId, body) {
  return fetch(DRAFT_API + encodeURIComponent(taskId), {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function messageOf(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.message || '';
  } catch (e) {
    return '';
  }
}

/** Loads the unit's draft for a task; resolves to true if the task is a report draft task (the server knows it). */
async function loadDraft(taskId) {
  try {
    const response = await request('GET', taskId);
    if (response.status === 200) {
      const draft = await response.json();
      localStorage.setItem(STORAGE_PREFIX + taskId, JSON.stringify(draft.data));
      showStatus(taskId, draft.message, false);
      return true;
    }
    return response.status === 204;
  } catch (e) {
    return false;
  }
}

/** Sends what Tasklist just saved in this browser to the server; the browser's copy stays only if that fails. */
async function saveDraft(taskId) {
  const saved = localStorage.getItem(STORAGE_PREFIX + taskId);
  if (!saved) {
    return;
  }
  showStatus(taskId, 'Đang lưu bản nháp…', false);
  try {
    const response = await request('PUT', taskId, JSON.parse(saved));
    if (!response.ok) {
      showStatus(taskId, `Chưa lưu được bản nháp lên máy chủ. ${await messageOf(response)}`.trim(), true);
      return;
    }
    localStorage.removeItem(STORAGE_PREFIX + taskId);
    showStatus(taskId, (await response.json()).message, false);
  } catch (e) {
    showStatus(taskId, 'Chưa lưu được bản nháp lên máy chủ (mất kết nối). Bản nháp tạm giữ trên trình duyệt này.', true);
  }
}

function showStatus(taskId, text, error) {
  statusByTask[taskId] = { text, error };
  document.querySelectorAll(`.rf-panel[data-task="${taskId}"]`).forEach(renderStatus);
}

function renderStatus(panel) {
  const status = statusByTask[panel.dataset.task];
  const line = panel.querySelector('.rf-status');
  line.textContent = status ? status.text : '';
  line.classList.toggle('rf-status-error', Boolean(status && status.error));
}

// Tasklist may evaluate a custom script more than once (RequireJS and the module loader both load it): the listeners
// and the decorator must exist once, or an item's heading would fold and unfold on the same press.
const FIRST_LOAD = !window.kehoachReportFormLoaded;
window.kehoachReportFormLoaded = true;

if (FIRST_LOAD) angular.module('cam.tasklist').decorator('camTasklistFormCamundaDirective', ['$delegate', ($delegate) => {
  const directive = $delegate[0];
  const link = directive.link;
  directive.compile = () => function (scope, element, attrs, form) {
    const taskId = form.getParams().taskId;
    if (!taskId) {
      link.call(this, scope, element, attrs, form);
      return;
    }
    element[0].dataset.task = taskId;
    loadDraft(taskId).then((isReportDraft) => {
      const register = form.registerSaveHandler;
      if (isReportDraft) {
        form.registerSaveHandler = (save) => register.call(form, () => {
          save();
          saveDraft(taskId);
        });
      }
      try {
        link.call(this, scope, element, attrs, form);
      } finally {
        form.registerSaveHandler = register;
      }
      scope.$applyAsync();
    });
  };
  return $delegate;
}]);

// ---------------------------------------------------------------------------------------------------------------
// Navigation: items as folding groups, progress, error summary.

/** The field's key in a form-js id "fjs-form-<form>-Field_ItemResult_3(-error-message)" and its item index. */
function parseFieldId(id) {
  const match = id.match(/-(Field_[A-Za-z]+?)(?:_(\d+))?(?:-error-message)?$/);
  return match ? { field: match[1], index: match[2] === undefined ? null : Number(match[2]) } : null;
}

function itemGroups(form) {
  return [...form.querySelectorAll(`.fjs-form-field-dynamiclist ${ITEM_GROUP}`)];
}

function valueOf(group, field) {
  const input = group.querySelector(`[id$="-${field}_${group.dataset.rfIndex}"]`);
  if (!input) {
    return '';
  }
  if (input.classList.contains('fjs-select-hidden-input')) {
    const display = group.querySelector(`[id$="-${field}_${group.dataset.rfIndex}-display"]`);
    return display && !display.classList.contains('fjs-select-placeholder') ? display.textContent.trim() : '';
  }
  return (input.value || '').trim();
}

function missingOf(group) {
  return Object.entries(REQUIRED_FIELDS).filter(([field]) => !valueOf(group, field)).map(([, label]) => label);
}

function headingOf(group, editable) {
  const stt = valueOf(group, 'Field_ItemStt');
  const role = valueOf(group, 'Field_ItemRole');
  let state = '';
  if (editable) {
    const missing = missingOf(group);
    state = missing.length === 0 ? ' — Đã điền' : ` — Còn thiếu: ${missing.join(', ')}`;
  } else {
    state = ` — ${valueOf(group, 'Field_ItemLevel') || 'chưa chọn mức độ'}`;
  }
  // Follows the group's own label "Nhiệm vụ": "Nhiệm vụ 1.1 (Chủ trì) — Còn thiếu: Kết quả thực hiện".
  return `${stt}${role ? ` (${role})` : ''}${state}`;
}

function toggle(group, open) {
  group.classList.toggle('rf-collapsed', !open);
  const label = group.querySelector(':scope > .fjs-form-field-label');
  if (label) {
    label.setAttribute('aria-expanded', String(open));
  }
}

/** Unfolds the item of a field and brings the field into view. */
function reveal(form, fieldId) {
  const target = form.querySelector(`[id="${fieldId}"]`) || form.querySelector(`[id="${fieldId}-display"]`);
  if (!target) {
    return;
  }
  const group = target.closest(ITEM_GROUP);
  if (group) {
    toggle(group, true);
  }
  const field = target.closest('.fjs-form-field') || target;
  field.scrollIntoView({ block: 'center' });
  (target.matches('input:not(.fjs-select-hidden-input), textarea') ? target : field).focus({ preventScroll: true });
}

function labelOfField(form, fieldId) {
  const label = form.querySelector(`label[for="${fieldId}"]`);
  return label ? label.textContent.replace('*', '').trim() : '';
}

/**
 * The error summary: every field form-js shows a message for, one line per plan item (then one per other field),
 * each field a link that unfolds its item and brings the field into view.
 */
function renderErrors(box, form) {
  const errors = [...form.querySelectorAll('.fjs-form-field-error')]
    .filter((element) => element.textContent.trim().length > 0);
  box.replaceChildren();
  box.hidden = errors.length === 0;
  if (errors.length === 0) {
    return;
  }
  const title = document.createElement('strong');
  title.textContent = `Chưa thể hoàn thành: còn ${errors.length} ô cần sửa. Bấm vào tên ô để tới ô đó.`;
  const list = document.createElement('ul');
  const lines = new Map();
  for (const error of errors) {
    const fieldId = error.id.replace(/-error-message$/, '');
    const group = error.closest(ITEM_GROUP);
    const key = group || error;
    if (!lines.has(key)) {
      const line = document.createElement('li');
      if (group) {
        const item = document.createElement('strong');
        item.textContent = `Nhiệm vụ ${valueOf(group, 'Field_ItemStt')}: `;
        line.append(item);
      }
      lines.set(key, line);
      list.append(line);
    }
    const line = lines.get(key);
    if (line.querySelector('a')) {
      line.append('; ');
    }
    const link = document.createElement('a');
    link.href = '#';
    link.className = 'rf-error-link';
    link.dataset.field = fieldId;
    link.textContent = labelOfField(form, fieldId);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      reveal(form, fieldId);
    });
    line.append(link, ` — ${error.textContent.trim().replace(/\.$/, '')}`);
  }
  title.className = 'rf-errors-title';
  box.append(title, list);
}

/**
 * While the officer corrects, the summary keeps its lines (a list that shrank under the pointer would move the form
 * while it is being used): a corrected field is struck through, and the count follows.
 */
function markCorrected(box, form) {
  const links = [...box.querySelectorAll('a.rf-error-link')];
  let open = 0;
  for (const link of links) {
    const error = form.querySelector(`[id="${link.dataset.field}-error-message"]`);
    const corrected = !error || error.textContent.trim().length === 0;
    link.classList.toggle('rf-corrected', corrected);
    open += corrected ? 0 : 1;
  }
  const title = box.querySelector('.rf-errors-title');
  if (title) {
    title.textContent = open === 0
      ? 'Đã sửa hết các ô trong danh sách. Bấm "Hoàn thành" để gửi.'
      : `Chưa thể hoàn thành: còn ${open} ô cần sửa. Bấm vào tên ô để tới ô đó.`;
  }
}

function update(state) {
  const { form, panel, editable } = state;
  const groups = itemGroups(form);
  groups.forEach((group, index) => {
    group.dataset.rfIndex = String(index);
    const label = group.querySelector(':scope > .fjs-form-field-label');
    if (label) {
      label.dataset.heading = headingOf(group, editable);
      label.tabIndex = 0;
      label.setAttribute('role', 'button');
    }
    group.classList.toggle('rf-item-missing', editable && state.showErrors && missingOf(group).length > 0);
  });
  if (editable) {
    const filled = groups.filter((group) => missingOf(group).length === 0).length;
    panel.querySelector('.rf-progress-text').textContent = `Đã điền ${filled}/${groups.length} mục`;
    panel.querySelector('.rf-progress-bar').style.width = `${groups.length ? (100 * filled) / groups.length : 0}%`;
  }
  if (state.showErrors) {
    markCorrected(state.errors, form);
  }
}

function button(text, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'btn btn-default btn-sm';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

function buildPanel(host, editable) {
  const panel = document.createElement('div');
  panel.className = 'rf-panel';
  panel.dataset.task = host.dataset.task || '';
  const progress = document.createElement('div');
  progress.className = 'rf-progress';
  progress.hidden = !editable;
  progress.innerHTML = '<span class="rf-progress-text"></span>'
    + '<span class="rf-progress-track"><span class="rf-progress-bar"></span></span>';
  const actions = document.createElement('div');
  actions.className = 'rf-actions';
  const status = document.createElement('div');
  status.className = 'rf-status';
  status.setAttribute('aria-live', 'polite');
  panel.append(progress, actions, status);
  return panel;
}

function enhance(host) {
  const form = host.querySelector('.fjs-form');
  const groups = itemGroups(form);
  if (groups.length === 0 || !form.querySelector('[id*="-Field_ItemResult_"]')) {
    return; // not a unit report form
  }
  host.dataset.rfEnhanced = 'true';
  const editable = Boolean(form.querySelector('textarea[id*="-Field_ItemResult_"]:not([readonly])'));
  const panel = buildPanel(host, editable);
  // The summary scrolls with the form (only the panel stays in view): it must not hide the fields it links to.
  const errors = document.createElement('div');
  errors.className = 'rf-errors alert alert-danger';
  errors.setAttribute('role', 'alert');
  errors.hidden = true;
  host.insertBefore(errors, host.firstChild);
  host.insertBefore(panel, errors);
  renderStatus(panel);
  const state = { form, panel, errors, editable, showErrors: false };
  form.classList.add('rf-report-form', editable ? 'rf-editable' : 'rf-readonly');
  const actions = panel.querySelector('.rf-actions');
  actions.append(
    button('Mở tất cả các mục', () => itemGroups(form).forEach((group) => toggle(group, true))),
    button('Thu gọn tất cả', () => itemGroups(form).forEach((group) => toggle(group, false))),
  );
  update(state);
  // The officer works item by item: everything folded but the first item still missing something. The leader
  // reads the whole report: everything unfolded.
  const firstMissing = groups.find((group) => missingOf(group).length > 0);
  groups.forEach((group) => toggle(group, !editable || group === firstMissing));
  let pending = false;
  const schedule = () => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        update(state);
      });
    }
  };
  form.addEventListener('input', schedule);
  new MutationObserver(schedule).observe(form, { subtree: true, childList: true, characterData: true });
  states.set(form, state);
}

/** The item whose heading (the group's label, or its frame around the fields) is the target, if any. */
function headingGroupOf(target) {
  const group = target.closest && target.closest(`.rf-report-form .fjs-form-field-dynamiclist ${ITEM_GROUP}`);
  const fields = target.closest('.fjs-children');
  return group && !(fields && group.contains(fields)) ? group : null;
}

/** The enhanced report forms on the page and their state. */
const states = new Map();

/**
 * One listener each for the whole page (a form can be built more than once for a task: one handler per form would
 * fold and unfold an item twice): a click on an item's heading folds or unfolds it; "Hoàn thành" makes the summary
 * appear (form-js has validated every field and shows its messages by then).
 */
function listen() {
  // The heading reacts to the press, not to the click: pressing it takes the focus from the field just typed in,
  // form-js then validates that field and its message disappears, which moves the heading before the button is
  // released, and the click would land beside it.
  document.addEventListener('mousedown', (event) => {
    const group = headingGroupOf(event.target);
    if (group && event.button === 0) {
      toggle(group, group.classList.contains('rf-collapsed'));
    }
  });
  document.addEventListener('keydown', (event) => {
    const group = headingGroupOf(event.target);
    if (group && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      toggle(group, group.classList.contains('rf-collapsed'));
    }
  });
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!target.closest) {
      return;
    }
    if (target.closest('.form-actions .btn-primary')) {
      setTimeout(() => {
        for (const [form, state] of states) {
          if (!document.body.contains(form)) {
            states.delete(form);
          } else if (state.editable) {
            state.showErrors = true;
            renderErrors(state.errors, form);
            update(state);
            if (!state.errors.hidden) {
              state.errors.scrollIntoView({ block: 'start' });
            }
          }
        }
      }, 150);
    }
  });
}

function scan() {
  document.querySelectorAll('[cam-tasklist-form-camunda]').forEach((host) => {
    if (host.dataset.rfEnhanced !== 'true' && host.querySelector('.fjs-form .fjs-form-field-dynamiclist')) {
      enhance(host);
    }
  });
}

function observe() {
  listen();
  let pending = false;
  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      setTimeout(() => {
        pending = false;
        scan();
      }, 100);
    }
  }).observe(document.body, { subtree: true, childList: true });
}

if (!FIRST_LOAD) {
  // loaded before: nothing to add
} else if (document.body) {
  observe();
} else {
  document.addEventListener('DOMContentLoaded', observe);
}

export default [];

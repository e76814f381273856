// Two things Tasklist 7.24 shows every officer that mean nothing to them:
// - "Tạo công việc" (a standalone task) is offered to everyone, although the engine refuses to create a task to
//   anyone without CREATE on TASK (here only administrators). The link stays hidden (styles/user-styles.css) until
//   the engine answers that the signed-in user may create tasks; the check runs again for each user who signs in
//   (the navbar is rendered anew at each login).
// - the priority number on each task card (always 50 here) is hidden by styles/user-styles.css alone.
// Relies on Tasklist's markup (.create-task-action): recheck on every Camunda upgrade
// (TasklistConsolidatorBrowserIT checks that the consolidator does not see the link).
const ALLOWED = 'kh-allowed';
const base = document.querySelector('base');
const engineApi = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
const CHECK = `${engineApi}engine/default/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=7`;

async function reveal(action) {
  action.dataset.khChecked = 'true';
  try {
    const response = await fetch(CHECK, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.ok && (await response.json()).authorized === true) {
      action.classList.add(ALLOWED);
    }
  } catch (error) {
    // unknown: the link stays hidden; the engine would refuse the creation anyway
  }
}

function scan() {
  document.querySelectorAll('.create-task-action:not([data-kh-checked])').forEach(reveal);
}

new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
scan();

export default [];

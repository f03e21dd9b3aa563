// Loaded by Tasklist (config.js customScripts). Tasklist sorts a filter's tasks by creation date
// unless the address says otherwise (its "sorting" parameter), whatever the filter's own order:
// staff open their list with the most urgent task first (due date, ascending). A sorting chosen
// in Tasklist's sort menu is kept.
const DUE_DATE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function dueDateFirst() {
  const hash = window.location.hash;
  if (!hash.startsWith('#/') || hash.startsWith('#/login') || hash.includes('sorting=')) {
    return;
  }
  const separator = hash.includes('?') ? '&' : '?';
  window.location.replace(hash + separator + 'sorting=' + encodeURIComponent(DUE_DATE_FIRST));
}

window.addEventListener('hashchange', dueDateFirst);
dueDateFirst();

export default [];

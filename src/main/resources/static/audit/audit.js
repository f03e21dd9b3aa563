// contractflow audit view: read-only. Every request is a GET except the document check, which
// stores nothing. Signed in through the Camunda web apps' session (see SecurityConfiguration).
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const esc = (v) => String(v == null ? '' : v).replace(/[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const when = (v) => v ? esc(String(v).replace('T', ' ').replace(/:\d\d(\.\d+)?(?=[+-Z])/, '')) : '';
  const badge = (v, cls) => `<span class="badge ${esc(cls || v)}">${esc(v)}</span>`;

  async function get(url, accept) {
    const response = await fetch(url, { headers: { Accept: accept || 'application/json' }, credentials: 'same-origin' });
    if (response.status === 401) { location.href = '/camunda/app/welcome/default/#!/login'; }
    if (!response.ok) { throw new Error(url + ': ' + response.status); }
    return response;
  }

  // --- who --------------------------------------------------------------------------------
  get('/audit/api/me').then((r) => r.json()).then((me) => { $('me').textContent = me.userId; });

  // --- noise switch -------------------------------------------------------------------------
  $('show-all').addEventListener('change', (e) => {
    document.body.classList.toggle('show-all', e.target.checked);
    updateExports();
  });

  // --- search -------------------------------------------------------------------------------
  $('search-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const q = $('q').value.trim();
    const found = await (await get('/audit/api/contracts?q=' + encodeURIComponent(q))).json();
    $('results').innerHTML = found.length === 0 ? '<li>No contract matches.</li>' : found.map((c) =>
      `<li><a href="#${esc(c.contractNumber)}" data-contract="${esc(c.contractNumber)}">${esc(c.contractNumber)}</a>
       — ${esc(c.clientName)}, ${esc(c.kind)} (${esc(c.termsProfile)}), ${badge(c.status)}
       <small>found by ${esc(c.matchedOn)}</small></li>`).join('');
    if (found.length === 1) { show(found[0].contractNumber); }
  });
  $('results').addEventListener('click', (e) => {
    const link = e.target.closest('a[data-contract]');
    if (link) { e.preventDefault(); show(link.dataset.contract); }
  });
  window.addEventListener('hashchange', () => { if (location.hash.length > 1) { show(decodeURIComponent(location.hash.slice(1))); } });

  let current = null;
  function updateExports() {
    if (!current) { return; }
    const all = $('show-all').checked;
    $('export-csv').href = `/audit/api/contracts/${encodeURIComponent(current)}/timeline.csv?all=${all}`;
    $('export-pdf').href = `/audit/api/contracts/${encodeURIComponent(current)}/timeline.pdf?all=${all}`;
  }

  // --- one contract -------------------------------------------------------------------------
  async function show(number) {
    const view = await (await get('/audit/api/contracts/' + encodeURIComponent(number))).json();
    current = number;
    if (location.hash !== '#' + number) { history.replaceState(null, '', '#' + number); }
    $('contract').hidden = false;
    $('contract-title').textContent = `${view.contract.number} — ${view.client.name}`;
    $('contract-summary').innerHTML = `${esc(view.contract.kind)} under the <strong>${esc(view.contract.termsProfile)}</strong>
      terms, ${badge(view.contract.status)}${view.contract.suspended ? ' ' + badge('suspended', 'overdue') : ''};
      quote ${esc(view.contract.quoteNumber)}; client ${esc(view.client.name)} (${esc(view.client.type)}, ${esc(view.client.email)}).
      Terms ${view.terms.pinned ? 'pinned at signature' : 'not pinned yet (latest versions apply)'}:
      <strong>${view.terms.versions.map(esc).join(', ')}</strong>.`;
    updateExports();
    renderAmounts(view.amounts);
    renderNotices(view.notices);
    renderDeadlines(view.deadlines);
    renderTimeline(view.timeline);
    await renderProcesses(view.processes);
  }

  async function renderProcesses(processes) {
    const container = $('processes');
    container.innerHTML = '';
    for (const p of processes) {
      const div = document.createElement('div');
      div.className = 'process';
      div.innerHTML = `<h4>${esc(p.name)} ${esc(p.businessKey || '')}
          <small>${esc(p.key)} v${esc(p.version)}${p.versionTag ? ' (' + esc(p.versionTag) + ')' : ''},
          ${badge(p.state)} started ${when(p.started)}${p.ended ? ', ended ' + when(p.ended) : ''}</small></h4>
        <div class="diagram" id="diagram-${esc(p.id)}"></div>
        <table><thead><tr><th>Step</th><th>Type</th><th>Clause</th><th>Started</th><th>Ended</th><th>Who</th><th>Timer fired</th><th>Due</th></tr></thead><tbody>
        ${p.activities.map((a) => `<tr class="${a.noise ? 'noise' : ''}">
          <td>${esc(a.name || a.activityId)}</td><td>${esc(a.type)}</td><td>${esc(a.clause)}</td>
          <td>${when(a.started)}</td><td>${a.canceled ? 'cancelled ' : ''}${when(a.ended)}</td>
          <td>${esc(a.who)}</td><td>${when(a.timerFired)}</td><td>${when(a.due)}</td></tr>`).join('')}
        </tbody></table>`;
      container.appendChild(div);
      await drawDiagram(p, div.querySelector('.diagram'));
    }
  }

  async function drawDiagram(p, element) {
    try {
      const xml = await (await get(`/audit/api/process-definitions/${encodeURIComponent(p.definitionId)}/xml`,
        'application/xml')).text();
      const viewer = new BpmnJS({ container: element });
      await viewer.importXML(xml);
      const canvas = viewer.get('canvas');
      const overlays = viewer.get('overlays');
      const registry = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      const starts = subProcessStarts(registry, p.activities);
      for (const id of [...starts, ...gatewaysPassed(registry, p.activities, starts)]) {
        canvas.addMarker(id, 'cf-done');
      }
      for (const a of p.activities) {
        if (!registry.get(a.activityId)) { continue; }
        canvas.addMarker(a.activityId, a.ended ? 'cf-done' : 'cf-active');
        const notes = [];
        if (a.timerFired) { notes.push('fired ' + when(a.timerFired)); }
        if (a.type === 'userTask' && a.ended) { notes.push(esc(a.who || '?') + ', ' + when(a.ended)); }
        if (notes.length) {
          overlays.add(a.activityId, { position: { bottom: 12, left: 0 },
            html: `<div class="cf-note">${notes.join('<br>')}</div>` });
        }
      }
    } catch (error) {
      element.textContent = 'The diagram could not be drawn: ' + error.message;
    }
  }

  // Nor is the none start event of an embedded sub-process (process.AuditedHistory): it was passed
  // when its sub-process was entered.
  function subProcessStarts(registry, activities) {
    const entered = new Set(activities.map((a) => a.activityId));
    return registry.filter((el) => el.type === 'bpmn:StartEvent' && el.parent
        && el.parent.type === 'bpmn:SubProcess' && entered.has(el.parent.id)
        && !(el.businessObject.eventDefinitions || []).length).map((el) => el.id);
  }

  // Gateways a token passes without waiting are not in the engine's history (process.AuditedHistory):
  // a gateway is on the path taken when it lies between two recorded steps, through gateways only.
  function gatewaysPassed(registry, activities, starts) {
    const recorded = new Set([...activities.map((a) => a.activityId), ...starts]
        .filter((id) => registry.get(id)));
    const isGateway = (el) => el && /Gateway$/.test(el.type) && !recorded.has(el.id);
    const reach = (forward) => {
      const seen = new Set();
      const todo = [...recorded].map((id) => registry.get(id));
      while (todo.length) {
        const el = todo.pop();
        for (const flow of (forward ? el.outgoing : el.incoming) || []) {
          const next = forward ? flow.target : flow.source;
          if (isGateway(next) && !seen.has(next.id)) { seen.add(next.id); todo.push(next); }
        }
      }
      return seen;
    };
    const after = reach(true);
    return [...reach(false)].filter((id) => after.has(id));
  }

  function inputs(map) {
    return Object.entries(map || {}).map(([k, v]) => `${esc(k)}=${esc(v)}`).join(', ');
  }

  function renderAmounts(amounts) {
    $('amounts').innerHTML = amounts.length === 0 ? '<p>No invoice.</p>' : amounts.map((i) => `
      <p><strong>${esc(i.number)}</strong> ${esc(i.kind)} (${esc(i.clause)}), issued ${esc(i.issueDate)},
        due ${esc(i.dueDate)}, total ${esc(i.total)} EUR ${badge(i.status)}${i.overdue ? ' ' + badge('overdue') : ''}
        — to settle on ${esc(i.at)}: <strong>${esc(i.totalDue)} EUR</strong></p>
      <table class="amount-lines"><thead><tr><th>Clause</th><th>Line</th><th>Amount</th><th>Inputs and terms version</th></tr></thead><tbody>
      ${i.lines.map((l) => `<tr><td>${esc(l.clause)}</td><td>${esc(l.label)}</td><td class="num">${esc(l.amount)}</td>
        <td class="inputs">${inputs(l.inputs)}</td></tr>`).join('')}
      </tbody></table>`).join('');
  }

  function renderNotices(notices) {
    $('notices').innerHTML = notices.length === 0 ? '<p>No notice.</p>' : `<table><thead><tr>
      <th>Notice</th><th>Clause</th><th>Channel</th><th>To</th><th>Delivery</th><th>Issued</th><th>Sent</th><th>Documents (SHA-256)</th></tr></thead><tbody>
      ${notices.map((n) => `<tr><td>${esc(n.type)}<br><small>${esc(n.subject)}</small></td><td>${esc(n.clause)}</td>
        <td>${esc(n.channel)}</td><td>${esc(n.to)}</td><td>${badge(n.status)}${n.lastError ? `<br><small>${esc(n.lastError)}</small>` : ''}</td><td>${when(n.createdAt)}</td><td>${when(n.sentAt)}</td>
        <td>${n.documents.map((d) => `<a href="/audit/api/documents/${d.id}" target="_blank" rel="noopener">${esc(d.name)}</a>
          <div class="sha">${esc(d.sha256)}</div>`).join('')}</td></tr>`).join('')}
      </tbody></table>`;
  }

  function renderDeadlines(deadlines) {
    $('deadlines').innerHTML = deadlines.length === 0 ? '<p>No deadline.</p>' : `<table><thead><tr>
      <th>Deadline</th><th>Clause</th><th>Due</th><th>Met or missed</th></tr></thead><tbody>
      ${deadlines.map((d) => `<tr><td>${esc(d.name)}</td><td>${esc(d.clause)}</td><td>${esc(d.dueDate)}</td>
        <td>${badge(d.status)}</td></tr>`).join('')}</tbody></table>`;
  }

  function renderTimeline(entries) {
    $('timeline').innerHTML = `<table><thead><tr><th>#</th><th>When</th><th>What</th><th>Name</th>
      <th>Process</th><th>Clause or version</th><th>Who</th><th>Details</th></tr></thead><tbody>
      ${entries.map((e) => `<tr class="${e.noise ? 'noise' : ''}"><td>${e.sequence}</td><td>${when(e.at)}</td>
        <td>${esc(e.kind)}</td><td>${esc(e.name)}</td><td>${esc(e.process)}</td><td>${esc(e.source)}</td>
        <td>${esc(e.who)}</td><td class="inputs">${esc(JSON.stringify(e.details))}</td></tr>`).join('')}
      </tbody></table>`;
  }

  // --- document check -----------------------------------------------------------------------
  $('check-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = new FormData();
    body.append('file', $('check-file').files[0]);
    const response = await fetch('/audit/api/documents/check', { method: 'POST', body,
      credentials: 'same-origin', headers: { 'X-Contractflow-Audit': 'check', Accept: 'application/json' } });
    const result = await response.json();
    $('check-result').innerHTML = response.ok
      ? `${badge(result.matches ? 'match' : 'no match', result.matches ? 'match' : 'nomatch')} ${esc(result.message)}
         <div class="sha">SHA-256 ${esc(result.sha256)}</div>`
      : esc(result.detail || response.status);
  });

  if (location.hash.length > 1) { show(decodeURIComponent(location.hash.slice(1))); }
})();

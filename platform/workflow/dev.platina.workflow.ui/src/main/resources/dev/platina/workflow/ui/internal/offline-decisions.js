/*
 * The approval inbox's offline queue. Vaadin needs the server for every click, so while the device is offline (or
 * Vaadin has lost its connection) Approve and Reject are caught here before Vaadin sees them: the decision is kept in
 * localStorage with the card's one-time action token, and sent to /api/v1/approval-actions/{id} once the
 * connection is back (the 'online' event, or the next time the inbox opens). The token decides as this person
 * without a session, so a queue outlives an expired session or a closed app (tokens are valid for 3 days).
 * $0: the inbox view, whose offlineDecisionsSent() refreshes the list after a replay.
 */
const KEY = 'platina-offline-decisions';
const state = window.platinaOfflineDecisions || (window.platinaOfflineDecisions = {sending: false});
state.view = $0;

const read = () => {
  try {
    return JSON.parse(localStorage.getItem(KEY) || '[]');
  } catch (corrupt) {
    return [];
  }
};
const write = queue => queue.length ? localStorage.setItem(KEY, JSON.stringify(queue)) : localStorage.removeItem(KEY);

const offline = () => navigator.onLine === false
  || ['reconnecting', 'connection-lost'].includes(window.Vaadin && window.Vaadin.connectionState
    && window.Vaadin.connectionState.state);

const outcomes = () => state.view && state.view.querySelector('#approval-offline-outcomes');

function report(text, ok) {
  const line = document.createElement('p');
  line.className = ok ? 'offline-outcome offline-outcome-sent' : 'offline-outcome offline-outcome-refused';
  line.setAttribute('role', 'status');
  line.style.color = ok ? 'var(--lumo-success-text-color)' : 'var(--lumo-error-text-color)';
  line.textContent = text;
  const list = outcomes();
  if (list && list.isConnected) {
    list.appendChild(line);
    return;
  }
  // The person has left the inbox meanwhile: say it where they are, for a while.
  Object.assign(line.style, {position: 'fixed', left: '1rem', right: '1rem', bottom: '1rem', margin: 0, zIndex: 1000,
    padding: '0.75rem 1rem', background: 'var(--lumo-base-color, #fff)', borderRadius: '8px',
    boxShadow: '0 2px 12px rgba(0, 0, 0, 0.25)'});
  document.body.appendChild(line);
  setTimeout(() => line.remove(), 15000);
}

async function detail(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || `The server answered ${response.status}.`;
  } catch (notJson) {
    return `The server answered ${response.status}.`;
  }
}

function queue(button) {
  const card = button.closest('.approval-card');
  const status = card && card.querySelector('[data-offline-status]');
  if (!card || !status) {
    return;
  }
  const edited = [...card.querySelectorAll('[data-original]')].some(field => field.value !== field.dataset.original);
  if (edited && button.dataset.offlineVerdict === 'approve') {
    status.textContent = 'Changes to the proposal cannot be sent offline. Undo them to approve as proposed, or'
      + ' wait until you are back online.';
    return;
  }
  // The comment, not another text area of the card (an AI proposal's draft is one).
  const comment = card.querySelector('[data-offline-comment]');
  const pending = read().filter(item => item.url !== button.dataset.offlineUrl);
  pending.push({
    url: button.dataset.offlineUrl,
    token: button.dataset.offlineToken,
    verdict: button.dataset.offlineVerdict,
    title: card.dataset.title || 'Approval',
    comment: ((comment && comment.value) || '').trim(),
    queuedAt: new Date().toISOString(),
  });
  write(pending);
  status.textContent = 'Queued - will be sent when you are back online.';
  card.querySelectorAll('[data-offline-token]').forEach(other => { other.disabled = true; });
}

async function send() {
  // Only the device's own connection counts here: the API needs no Vaadin session, which may be long gone.
  if (state.sending || navigator.onLine === false || read().length === 0) {
    return;
  }
  state.sending = true;
  let sent = 0;
  try {
    for (let pending = read(); pending.length; pending = read()) {
      const item = pending[0];
      let response;
      try {
        response = await fetch(item.url, {
          method: 'POST',
          credentials: 'omit',
          headers: {'Content-Type': 'application/json'},
          body: JSON.stringify({token: item.token, comment: item.comment || 'Decided offline in the app'}),
        });
      } catch (stillOffline) {
        return;
      }
      if (response.status >= 500) {
        return; // The platform is restarting or overloaded: try again at the next chance.
      }
      write(read().filter(other => other.url !== item.url));
      sent++;
      if (response.ok) {
        const result = await response.json();
        report(`Sent: ${result.message} - ${item.title}`, true);
      } else {
        report(`${item.title}: ${await detail(response)}`, false);
      }
    }
  } finally {
    state.sending = false;
    if (sent && state.view && state.view.isConnected && state.view.$server) {
      state.view.$server.offlineDecisionsSent();
    }
  }
}

if (!state.installed) {
  state.installed = true;
  // Capture phase on the document: runs before Vaadin's own click listener on the button, which then never fires.
  document.addEventListener('click', event => {
    const button = event.target.closest && event.target.closest('[data-offline-token]');
    if (!button || !offline()) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    queue(button);
  }, true);
  window.addEventListener('online', () => setTimeout(() => state.send(), 500));
  // 'online' only says a network is there; when the platform itself was unreachable, try again now and then.
  setInterval(() => state.send(), 15000);
}
state.send = send;
send();

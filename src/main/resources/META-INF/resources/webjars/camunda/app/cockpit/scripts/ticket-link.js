/*
 * MaintFlow: from a process instance in Cockpit to its ticket page (/tickets/{business key}), as an action next
 * to the instance's other actions and as a tab of its runtime view. Loaded through customScripts in config.js;
 * Camunda 7.14+ frontend plugin interface (plain JavaScript, no build step).
 */
const LABEL = '工单页面 / Ticket page';

/** The instance's business key (= ticket number) from the engine API Cockpit itself uses, with the session. */
async function ticketOf(api, processInstanceId) {
  const response = await fetch(`${api.engineApi}/process-instance/${encodeURIComponent(processInstanceId)}`, {
    headers: {Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken},
    credentials: 'same-origin'
  });
  if (!response.ok) {
    return null;
  }
  const instance = await response.json();
  return instance.businessKey || null;
}

/** As an action: a short button titled in full; as a tab: a sentence naming the ticket, or why there is none. */
function render(asAction) {
  return (node, {api, processInstanceId}) => {
    ticketOf(api, processInstanceId).then(ticket => {
      if (!ticket) {
        node.textContent = asAction ? '' : '此流程实例没有工单号 / No ticket number on this instance';
        return;
      }
      const link = document.createElement('a');
      link.className = asAction ? 'btn btn-default action-button' : 'maintflow-ticket-link';
      link.href = `/tickets/${encodeURIComponent(ticket)}`;
      link.title = `${LABEL}: ${ticket}`;
      link.setAttribute('data-maintflow', 'ticket-link');
      link.textContent = asAction ? '工单' : `${LABEL}: ${ticket}`; // the action column is narrow
      node.replaceChildren(link);
    }, () => {
      node.textContent = '';
    });
  };
}

export default [
  {
    id: 'maintflow.ticketLink.action',
    pluginPoint: 'cockpit.processInstance.runtime.action',
    priority: 20,
    render: render(true)
  },
  {
    id: 'maintflow.ticketLink.tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    label: '工单 / Ticket',
    render: render(false)
  }
];

/*
 * MaintFlow: from Cockpit's start page to MaintFlow's supervisors' dashboard (/dashboard: requests at risk, open work,
 * compliance, satisfaction), which opens on the same login. Loaded through customScripts in config.js; Camunda 7.14+
 * frontend plugin interface (plain JavaScript, no build step).
 */
export default [
  {
    id: 'maintflow.dashboardLink',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    label: 'MaintFlow',
    render: node => {
      const link = document.createElement('a');
      link.href = '/dashboard';
      link.className = 'btn btn-default';
      link.setAttribute('data-maintflow', 'dashboard-link');
      link.textContent = 'MaintFlow 仪表盘 / Dashboard — 即将超时的工单、待办与服务水平 / requests at risk, open work, service levels';
      node.replaceChildren(link);
    }
  }
];

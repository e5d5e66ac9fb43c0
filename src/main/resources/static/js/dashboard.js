/*
 * MaintFlow dashboard: draws the charts (Apache ECharts) from the numbers the server wrote into <main data-charts>,
 * and every data-refresh-seconds fetches the page again and swaps its <main> in, so the at-risk list stays current
 * without a reload (the tables are server-rendered; the script only draws and refreshes).
 */
(function () {
  'use strict';
  const BLUE = '#2f7ed8';
  const charts = [];

  function bar(series, horizontal) {
    const category = {type: 'category', data: series.labels, axisLabel: {interval: 0}};
    const value = {type: 'value', minInterval: 1};
    return {
      grid: {left: horizontal ? 110 : 50, right: 20, top: 20, bottom: 40},
      tooltip: {trigger: 'axis'},
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [{type: 'bar', data: series.values, itemStyle: {color: BLUE}, label: {show: true, position: horizontal ? 'right' : 'top'}}]
    };
  }

  function options(kind, data) {
    switch (kind) {
      case 'status': return bar(data.status, true);
      case 'group': return bar(data.group, true);
      case 'age': return bar(data.age, false);
      case 'contracts': return bar(data.contracts, false);
      case 'compliance': return {
        grid: {left: 50, right: 20, top: 40, bottom: 40},
        tooltip: {trigger: 'axis', valueFormatter: v => (v == null ? '–' : v + ' %')},
        legend: {top: 0},
        xAxis: {type: 'category', data: data.months},
        yAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value} %'}},
        series: data.compliance.map(line => ({name: line.name, type: 'line', connectNulls: false, data: line.values}))
      };
      case 'satisfaction': return {
        grid: {left: 50, right: 20, top: 20, bottom: 40},
        tooltip: {trigger: 'axis'},
        xAxis: {type: 'category', data: data.satisfaction.labels},
        yAxis: {type: 'value', min: 1, max: 5},
        series: [{type: 'line', data: data.satisfaction.values, itemStyle: {color: BLUE}, label: {show: true}}]
      };
      default: return null;
    }
  }

  function draw() {
    charts.splice(0).forEach(chart => chart.dispose());
    const main = document.querySelector('main[data-charts]');
    if (!main || typeof echarts === 'undefined') {
      return; // no script library: the tables still say everything
    }
    const data = JSON.parse(main.dataset.charts);
    main.querySelectorAll('[data-chart]').forEach(element => {
      const option = options(element.dataset.chart, data);
      if (option) {
        const chart = echarts.init(element);
        chart.setOption(option);
        charts.push(chart);
      }
    });
  }

  async function refresh() {
    try {
      const response = await fetch(window.location.href, {credentials: 'same-origin', headers: {Accept: 'text/html'}});
      if (!response.ok) {
        return; // e.g. the login expired: keep what is shown, its time says how old it is
      }
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.querySelector('main[data-charts]');
      if (fresh) {
        document.querySelector('main[data-charts]').replaceWith(document.adoptNode(fresh));
        draw();
      }
    } catch (e) {
      // Network down for a moment: try again at the next interval.
    }
  }

  draw();
  // Named, so a person (or a test) can refresh now from the console instead of waiting for the interval.
  window.MaintFlowDashboard = {refresh: refresh};
  window.addEventListener('resize', () => charts.forEach(chart => chart.resize()));
  const seconds = Number(document.body.dataset.refreshSeconds) || 60;
  window.setInterval(refresh, seconds * 1000);
})();

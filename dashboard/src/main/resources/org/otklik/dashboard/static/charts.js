// Draws the report charts from JSON placed in data-chart attributes (escaped by the template, parsed here).
(function () {
  var palette = ['#1f5fa8', '#1e8e4f', '#e0a030', '#b3261e', '#6b2a94', '#0f8b8d', '#8a5a00'];
  function data(id) {
    var el = document.getElementById(id);
    return el ? { el: el, d: JSON.parse(el.getAttribute('data-chart')) } : null;
  }
  var t = data('chart-timeliness');
  if (t && window.Chart) {
    new Chart(t.el, {
      type: 'bar',
      data: { labels: t.d.labels, datasets: [
        { label: 'В срок', data: t.d.onTime, backgroundColor: '#1e8e4f' },
        { label: 'С опозданием', data: t.d.late, backgroundColor: '#e0a030' },
        { label: 'Просрочено сейчас', data: t.d.overdue, backgroundColor: '#b3261e' }] },
      options: { indexAxis: 'y', responsive: true, animation: false, scales: { x: { stacked: true }, y: { stacked: true } } }
    });
  }
  var p = data('chart-topics');
  if (p && window.Chart) {
    var names = Object.keys(p.d.series);
    new Chart(p.el, {
      type: 'line',
      data: { labels: p.d.labels, datasets: names.map(function (n, i) {
        return { label: n, data: p.d.series[n], borderColor: palette[i % palette.length], backgroundColor: palette[i % palette.length], tension: 0.25 };
      }) },
      options: { responsive: true, animation: false, scales: { y: { beginAtZero: true } } }
    });
  }
})();

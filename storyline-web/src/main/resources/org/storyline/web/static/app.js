// Draws the charts of a page from its JSON blocks (<script type="application/json" data-chart>).
// No data is read from anywhere else, and every text is handed to ECharts as text, never as markup.
(function () {
  'use strict';

  function data(block) {
    try { return JSON.parse(block.textContent); } catch (e) { return null; }
  }

  function plain(text) { return String(text); }

  function bars(target, points, name) {
    var chart = echarts.init(target);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      grid: { left: 40, right: 16, top: 16, bottom: 40 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: name, type: 'bar', data: points, barMaxWidth: 24, barMinWidth: 6 }]
    });
    return chart;
  }

  var draw = {
    coverage: function (target, days) {
      return [bars(target, days.map(function (d) { return [d.day, d.articles]; }), 'articles')];
    },
    mentions: function (target, days) {
      return [bars(target, days.map(function (d) { return [d.day, d.articles]; }), 'mentions')];
    },
    claims: function (target, charts) {
      return charts.map(function (c) {
        var title = document.createElement('h3');
        title.textContent = c.title + (c.disagreement ? ' (sources disagree)' : '');
        var box = document.createElement('div');
        box.className = 'chart';
        box.setAttribute('role', 'img');
        box.setAttribute('aria-label', 'Values of ' + c.title + ' over time by source');
        target.appendChild(title);
        target.appendChild(box);
        var chart = echarts.init(box);
        chart.setOption({
          animation: false,
          tooltip: { trigger: 'item', renderMode: 'richText' },
          legend: { type: 'scroll', top: 0, formatter: plain },
          grid: { left: 64, right: 16, top: 32, bottom: 40 },
          xAxis: { type: 'time' },
          yAxis: { type: 'value', scale: true },
          series: c.series.map(function (s) { return { name: s.name, type: 'line', symbolSize: 8, data: s.points }; })
        });
        return chart;
      });
    }
  };

  function start() {
    if (typeof echarts === 'undefined') { return; }
    var charts = [];
    document.querySelectorAll('script[type="application/json"][data-chart]').forEach(function (block) {
      var kind = block.getAttribute('data-chart');
      var target = document.getElementById(block.getAttribute('data-target'));
      var value = data(block);
      if (target && value && draw.hasOwnProperty(kind) && value.length > 0) {
        charts = charts.concat(draw[kind](target, value));
        target.setAttribute('data-drawn', 'true');
      }
    });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());

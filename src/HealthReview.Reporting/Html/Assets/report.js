// HealthReview report: the findings table's extra rows, details, filters and sorting. Plain script, no network. Data
// becomes text only (textContent, setAttribute) and is never parsed as markup, so no value from an export can run.
(function () {
  'use strict';

  var doc = document;
  var top = doc.querySelector('.top');
  var body = doc.getElementById('findings-body');
  var dataBlock = doc.getElementById('hr-data');
  if (!body || !dataBlock) {
    return;
  }

  function setTopHeight() {
    if (top) {
      doc.documentElement.style.setProperty('--top-h', top.offsetHeight + 'px');
    }
  }
  // Measured once the browser lays the page out anyway: reading offsetHeight here, before the end of parsing, forced a
  // layout of the whole page (0.4 s for 10,000 findings) ahead of the first paint.
  window.requestAnimationFrame(setTopHeight);
  window.addEventListener('resize', setTopHeight);

  // The data is read once the page has painted, so a large report shows at once and becomes interactive just after.
  window.requestAnimationFrame(function () { window.setTimeout(init, 0); });

  function init() {
  var data = JSON.parse(dataBlock.textContent);
  var S = data.s;
  var STATUS = { fail: 'Fail', waived: 'Waived', ne: 'Not evaluated', pass: 'Pass', na: 'Not applicable' };
  var STATUS_RANK = { fail: 4, waived: 3, ne: 2, pass: 1, na: 0 };
  var SEVERITY = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', none: 'None' };
  var SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1, none: 0 };
  var KIND = { eca: 'External Client App', ca: 'Connected App', org: 'Org setting' };

  function el(tag, className, text) {
    var e = doc.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  function str(i) {
    return i === null || i === undefined ? null : S[i];
  }

  function cell(className, text) {
    var td = doc.createElement('td');
    td.setAttribute('role', 'cell');
    if (className) {
      td.className = className;
    }
    if (text !== undefined) {
      td.textContent = text;
    }
    return td;
  }

  // A row exactly as the page prints it (the tests compare the two).
  function makeRow(r) {
    var rule = data.rules[r[5]] || [null, null];
    var app = data.apps[r[6]];
    var tr = doc.createElement('tr');
    tr.setAttribute('role', 'row');
    tr.id = 'f-' + r[0];
    tr.setAttribute('data-st', r[1]);
    tr.setAttribute('data-sev', r[2]);
    tr.setAttribute('data-sc', String(r[4]));
    tr.setAttribute('data-r', String(r[5]));
    tr.setAttribute('data-a', String(r[6]));
    tr.setAttribute('data-k', r[7]);
    var status = cell('st st-' + r[1], STATUS[r[1]] + (r[9] ? ' ' : ''));
    if (r[9]) {
      status.appendChild(el('span', 'pill pill-new', 'New'));
    }
    tr.appendChild(status);
    var sev = cell();
    sev.appendChild(el('span', 'sev sev-' + r[2], SEVERITY[r[2]]));
    tr.appendChild(sev);
    tr.appendChild(cell('num', r[3]));
    var control = cell();
    var link = el('a', 'rule-id', str(rule[0]) || '');
    link.setAttribute('href', r[5] >= 0 ? '#rule-' + r[5] : '#');
    control.appendChild(link);
    control.appendChild(el('span', 'sub', str(rule[1]) || ''));
    tr.appendChild(control);
    var appCell = cell();
    appCell.appendChild(el('span', 'app-name', str(app[0])));
    appCell.appendChild(el('span', 'sub', KIND[r[7]]));
    tr.appendChild(appCell);
    var finding = cell();
    var details = el('details', 'fx');
    details.appendChild(el('summary', null, str(r[8])));
    finding.appendChild(details);
    tr.appendChild(finding);
    return tr;
  }

  function itemOf(tr) {
    var d = tr.dataset;
    return {
      el: tr, i: 0, shown: true, text: null, index: +tr.id.slice(2),
      sev: d.sev, st: d.st, k: d.k, a: d.a, r: d.r,
      key: { st: STATUS_RANK[d.st], sev: SEVERITY_RANK[d.sev], sc: +d.sc, r: +d.r, a: +d.a }
    };
  }

  var items = Array.prototype.map.call(body.rows, itemOf);
  var pending = data.rows;
  var next = 0;
  var total = items.length + pending.length;

  // Details: evidence, reasons, risk and remediation are built the first time a finding is opened.
  function kv(pairs) {
    var dl = el('dl', 'kv');
    pairs.forEach(function (p) {
      if (p[1] !== null && p[1] !== undefined) {
        dl.appendChild(el('dt', null, p[0]));
        var dd = el('dd');
        if (p[2]) {
          dd.appendChild(el('code', null, p[1]));
        } else {
          dd.textContent = p[1];
        }
        dl.appendChild(dd);
      }
    });
    return dl;
  }

  function list(values, render) {
    var ul = el('ul');
    values.forEach(function (v) { ul.appendChild(render(v)); });
    return ul;
  }

  function copyOf(id) {
    var source = id && doc.getElementById(id);
    if (!source) {
      return null;
    }
    var copy = source.cloneNode(true);
    copy.removeAttribute('id');
    Array.prototype.forEach.call(copy.querySelectorAll('[id]'), function (e) { e.removeAttribute('id'); });
    return copy;
  }

  function fill(details) {
    if (details.getAttribute('data-filled')) {
      return;
    }
    details.setAttribute('data-filled', '1');
    var tr = details.closest('tr');
    var d = data.details[+tr.id.slice(2)];
    var fd = el('div', 'fd');
    var expected = str(d[0]), actual = str(d[1]), where = str(d[2]);
    if (expected !== null || actual !== null || where !== null) {
      fd.appendChild(el('h4', null, 'Evidence'));
      fd.appendChild(kv([['Expected', expected, true], ['Actual', actual, true], ['Where', where, true]]));
    }
    if (d[3].length) {
      fd.appendChild(el('h4', null, 'Reasons'));
      fd.appendChild(list(d[3], function (r) { return el('li', null, str(r)); }));
    }
    var c = d[4];
    if (c) {
      fd.appendChild(el('h4', null, 'Risk'));
      var risk = kv([
        ['Score', str(c[3]) + ' contextual, ' + str(c[2]) + ' base, range ' + str(c[4])],
        ['Base vector', str(c[0]), true],
        ['Contextual vector', c[1] !== c[0] ? str(c[1]) : null, true],
        ['CVSS 4.0', str(c[5]), true]
      ]);
      fd.appendChild(risk);
    }
    if (d[5].length) {
      fd.appendChild(el('h4', null, 'Risk modifiers applied'));
      fd.appendChild(list(d[5], function (m) {
        var li = el('li');
        li.appendChild(el('b', null, str(m[0])));
        li.appendChild(doc.createTextNode(' (' + str(m[1]) + (str(m[2]) ? '; ' : '')));
        if (str(m[2])) {
          li.appendChild(el('code', null, str(m[2])));
        }
        li.appendChild(doc.createTextNode('): ' + str(m[3])));
        return li;
      }));
    }
    var a = d[6];
    if (a) {
      fd.appendChild(el('h4', null, 'Risk acceptance'));
      fd.appendChild(el('p', a[3] !== null ? 'warn' : 'note',
        (a[3] !== null ? 'Expired on ' + str(a[2]) + ': the finding is open again. ' : 'Accepted until ' + str(a[2]) + '. ') + str(a[0]) + ' — owner ' + str(a[1])));
    }
    var t = d[7];
    if (t) {
      fd.appendChild(el('h4', null, 'Attestation'));
      fd.appendChild(el('p', 'note', str(t[0]) + ' — stated by ' + str(t[1]) + ' on ' + str(t[2])));
    }
    if (d[8] !== null) {
      fd.appendChild(el('p', 'muted small', 'Baseline: ' + str(d[8])));
    }
    var ruleId = str(d[9]);
    if (ruleId) {
      var ctl = el('div', 'ctl');
      var rule = doc.getElementById(ruleId);
      var text = rule ? rule.querySelector('.rule-text').cloneNode(true) : null;
      var rem = copyOf(str(d[10]));
      var heading = el('h4', null, 'Control text and remediation');
      ctl.appendChild(heading);
      if (text) {
        ctl.appendChild(text);
      }
      if (rem) {
        ctl.appendChild(rem);
      }
      var more = el('a', null, 'References and compliance for this control');
      more.setAttribute('href', '#' + ruleId);
      ctl.appendChild(el('p', 'small')).appendChild(more);
      fd.appendChild(ctl);
    }
    details.appendChild(fd);
  }

  doc.addEventListener('toggle', function (e) {
    var t = e.target;
    if (t && t.classList && t.classList.contains('fx') && t.open) {
      fill(t);
    }
  }, true);

  // Filters: each row is shown or hidden by its attribute; nothing is rebuilt.
  var q = doc.getElementById('f-q');
  var kind = doc.getElementById('f-kind');
  var app = doc.getElementById('f-app');
  var rule = doc.getElementById('f-rule');
  var sevBoxes = Array.prototype.slice.call(doc.querySelectorAll('#f-sev input'));
  var stBoxes = Array.prototype.slice.call(doc.querySelectorAll('#f-st input'));
  var count = doc.getElementById('f-count');
  var none = doc.getElementById('f-none');
  var more = doc.getElementById('f-more');
  var fmt = function (n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); };

  function checked(boxes) {
    var set = {};
    boxes.forEach(function (b) { set[b.value] = b.checked; });
    return set;
  }

  function textOf(it) {
    if (it.text === null) {
      var d = data.details[it.index];
      var parts = [it.el.textContent, str(d[0]), str(d[1]), str(d[2])];
      d[3].forEach(function (r) { parts.push(str(r)); });
      it.text = parts.join(' ').toLowerCase();
    }
    return it.text;
  }

  function apply() {
    var needle = q.value.trim().toLowerCase();
    var sev = checked(sevBoxes);
    var st = checked(stBoxes);
    var k = kind.value, a = app.value, r = rule.value;
    var n = 0;
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      var ok = sev[it.sev] !== false && st[it.st] !== false &&
        (!k || it.k === k) && (!a || it.a === a) && (!r || it.r === r) &&
        (!needle || textOf(it).indexOf(needle) >= 0);
      if (ok !== it.shown) {
        it.el.hidden = !ok;
        it.shown = ok;
      }
      if (ok) {
        n++;
      }
    }
    var loading = next < pending.length ? ' (adding the rest…)' : '';
    count.textContent = (n === items.length && items.length === total ? 'Showing all ' + fmt(total) + ' findings.' : 'Showing ' + fmt(n) + ' of ' + fmt(total) + ' findings.') + loading;
    none.hidden = n !== 0 || next < pending.length;
  }

  var scheduled = false;
  function schedule() {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(function () { scheduled = false; apply(); });
    }
  }

  q.addEventListener('input', schedule);
  [kind, app, rule].forEach(function (s) { s.addEventListener('change', apply); });
  sevBoxes.concat(stBoxes).forEach(function (b) { b.addEventListener('change', apply); });

  function reset() {
    q.value = '';
    kind.value = app.value = rule.value = '';
    sevBoxes.concat(stBoxes).forEach(function (b) { b.checked = true; });
    apply();
  }
  doc.getElementById('f-reset').addEventListener('click', reset);

  // The rows the page did not print are added after it opens, a slice at a time, so the page answers at once.
  function build(max) {
    var frag = doc.createDocumentFragment();
    var end = Math.min(pending.length, next + max);
    for (; next < end; next++) {
      var it = itemOf(makeRow(pending[next]));
      it.i = items.length;
      items.push(it);
      frag.appendChild(it.el);
    }
    body.appendChild(frag);
    if (next >= pending.length && more) {
      more.hidden = true;
    }
    apply();
  }

  function buildAll() {
    if (next < pending.length) {
      build(pending.length);
    }
  }

  function pump() {
    build(1000);
    if (next < pending.length) {
      window.setTimeout(pump, 0);
    }
  }

  items.forEach(function (it, i) { it.i = i; });
  if (pending.length) {
    window.setTimeout(pump, 0);
  }

  // Sorting: every key is a number the page computed (ranks, scores, positions in name order); ties keep the
  // default order, so sorting is stable and the same every time.
  var heads = Array.prototype.slice.call(doc.querySelectorAll('#findings-table th[data-key]'));
  heads.forEach(function (th) {
    th.querySelector('button').addEventListener('click', function () {
      buildAll();
      var key = th.getAttribute('data-key');
      var current = th.getAttribute('aria-sort');
      var textual = key === 'r' || key === 'a';
      var dir = current ? (current === 'ascending' ? 'descending' : 'ascending') : (textual ? 'ascending' : 'descending');
      var sign = dir === 'ascending' ? 1 : -1;
      var sorted = items.slice().sort(function (x, y) {
        return (x.key[key] - y.key[key]) * sign || x.i - y.i;
      });
      var frag = doc.createDocumentFragment();
      sorted.forEach(function (it) { frag.appendChild(it.el); });
      body.appendChild(frag);
      heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
    });
  });

  // A link to a finding (from the matrix or a list) shows it even when the filters hide it, and opens it.
  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!/^f-\d+$/.test(id)) {
      return;
    }
    buildAll();
    var tr = doc.getElementById(id);
    if (!tr) {
      return;
    }
    if (tr.hidden) {
      reset();
    }
    var details = tr.querySelector('details.fx');
    if (details && !details.open) {
      details.open = true;
      fill(details);
    }
    tr.scrollIntoView({ block: 'start' });
  }
  window.addEventListener('hashchange', reveal);
  reveal();

  // Printing adds every row and expands the details of the rows that are shown; they close again afterwards.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    buildAll();
    items.forEach(function (it) {
      var details = it.el.querySelector('details.fx');
      if (it.shown && !details.open) {
        fill(details);
        details.open = true;
        opened.push(details);
      }
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
  doc.documentElement.setAttribute('data-ready', '1');
  if (window.performance && performance.mark) {
    performance.mark('hr-ready');
  }
  }
})();

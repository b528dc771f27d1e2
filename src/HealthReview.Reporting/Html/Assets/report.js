// HealthReview report: filters, sorting and lazy details for the findings table. Plain script, no network, no
// innerHTML: it only moves, hides and clones elements the page already holds, so it cannot turn data into markup.
(function () {
  'use strict';

  var doc = document;
  var root = doc.documentElement;
  var top = doc.querySelector('.top');

  function setTopHeight() {
    if (top) {
      root.style.setProperty('--top-h', top.offsetHeight + 'px');
    }
  }
  setTopHeight();
  window.addEventListener('resize', setTopHeight);

  // Control text and remediation are printed once, in the Controls section; a finding's details get a copy when
  // first opened, so 10,000 findings do not carry 10,000 copies.
  function fill(details) {
    var slot = details.querySelector('.ctl[data-rule]');
    if (!slot || slot.getAttribute('data-filled')) {
      return;
    }
    var rule = doc.getElementById(slot.getAttribute('data-rule'));
    var rem = doc.getElementById(slot.getAttribute('data-rem'));
    var parts = [rule && rule.querySelector('.rule-text'), rem];
    var added = false;
    for (var i = 0; i < parts.length; i++) {
      if (parts[i]) {
        var copy = parts[i].cloneNode(true);
        copy.removeAttribute('id');
        var ids = copy.querySelectorAll('[id]');
        for (var j = 0; j < ids.length; j++) {
          ids[j].removeAttribute('id');
        }
        slot.appendChild(copy);
        added = true;
      }
    }
    if (added) {
      slot.setAttribute('data-filled', '1');
    }
  }

  doc.addEventListener('toggle', function (e) {
    var t = e.target;
    if (t && t.classList && t.classList.contains('fx') && t.open) {
      fill(t);
    }
  }, true);

  var body = doc.getElementById('findings-body');
  if (!body) {
    return;
  }

  var rows = Array.prototype.slice.call(body.rows);
  var items = rows.map(function (tr, i) {
    var d = tr.dataset;
    return {
      el: tr, i: i, shown: true, text: null,
      sev: d.sev, st: d.st, k: d.k, a: d.a, r: d.r,
      key: { st: +d.str, sev: +d.sr, sc: +d.sc, r: +d.r, a: +d.a }
    };
  });

  var q = doc.getElementById('f-q');
  var kind = doc.getElementById('f-kind');
  var app = doc.getElementById('f-app');
  var rule = doc.getElementById('f-rule');
  var sevBoxes = Array.prototype.slice.call(doc.querySelectorAll('#f-sev input'));
  var stBoxes = Array.prototype.slice.call(doc.querySelectorAll('#f-st input'));
  var count = doc.getElementById('f-count');
  var none = doc.getElementById('f-none');
  var total = items.length;
  var fmt = function (n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); };

  function checked(boxes) {
    var set = {};
    boxes.forEach(function (b) { set[b.value] = b.checked; });
    return set;
  }

  function textOf(it) {
    if (it.text === null) {
      it.text = it.el.textContent.toLowerCase();
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
    count.textContent = n === total ? 'Showing all ' + fmt(total) + ' findings.' : 'Showing ' + fmt(n) + ' of ' + fmt(total) + ' findings.';
    none.hidden = n !== 0;
  }

  var pending = false;
  function schedule() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () { pending = false; apply(); });
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

  // Sorting: every key is a number the page computed (ranks, scores, positions in name order); ties keep the
  // default order, so sorting is stable and the same every time.
  var heads = Array.prototype.slice.call(doc.querySelectorAll('#findings-table th[data-key]'));
  heads.forEach(function (th) {
    th.querySelector('button').addEventListener('click', function () {
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

  // Printing expands the details of the rows that are shown; they close again afterwards.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = [];
    var all = doc.querySelectorAll('#findings-body tr:not([hidden]) details.fx:not([open])');
    for (var i = 0; i < all.length; i++) {
      all[i].open = true;
      fill(all[i]);
      opened.push(all[i]);
    }
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();

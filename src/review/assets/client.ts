/**
 * The review page's script, inlined as text (a page must work from disk). It only ever writes
 * report text through textContent, so nothing from the report is parsed as HTML in the browser.
 * Plain ES2020, no build step: what is here is what the browser runs.
 */
export const REVIEW_CLIENT_JS = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var root = document.documentElement;
  function msg(key) { var m = data.messages[key]; return m ? m[root.getAttribute('data-lang')] : key; }

  function setLang(lang) {
    root.setAttribute('lang', lang);
    root.setAttribute('data-lang', lang);
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = msg(el.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-title]').forEach(function (el) { el.title = msg(el.getAttribute('data-i18n-title')); });
    document.querySelectorAll('[data-text-' + lang + ']').forEach(function (el) { el.textContent = el.getAttribute('data-text-' + lang); });
    var toggle = document.getElementById('lang-toggle');
    if (toggle) toggle.setAttribute('aria-label', msg('switchLangLabel'));
  }
  var toggle = document.getElementById('lang-toggle');
  if (toggle) toggle.addEventListener('click', function () { setLang(root.getAttribute('data-lang') === 'vi' ? 'en' : 'vi'); });

  var tip = document.getElementById('tip');
  function numberText(value) {
    if (typeof value !== 'number') return null;
    return new Intl.NumberFormat(root.getAttribute('data-lang') === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 6 }).format(value);
  }
  function row(dl, key, value) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
    var dt = document.createElement('dt'); dt.textContent = msg(key);
    var dd = document.createElement('dd'); dd.textContent = Array.isArray(value) ? value.join(', ') : String(value);
    dl.appendChild(dt); dl.appendChild(dd);
  }
  function showTip(mark) {
    if (!tip || !data.facts) return;
    var ids = (mark.getAttribute('data-facts') || '').split(' ').filter(Boolean);
    var parts = [];
    ids.forEach(function (id, i) {
      var f = data.facts[id];
      if (!f) return;
      if (i > 0) parts.push(document.createElement('hr'));
      var raw = document.createElement('span'); raw.className = 'raw'; raw.textContent = f.raw; parts.push(raw);
      var dl = document.createElement('dl');
      row(dl, 'kind', f.kind);
      row(dl, 'value', numberText(f.value) || f.date);
      row(dl, 'unit', f.displayUnit || f.unit);
      row(dl, 'predicate', f.predicate);
      row(dl, 'comparedWith', f.reference);
      row(dl, 'noun', f.noun);
      row(dl, 'qualifiers', f.qualifiers);
      row(dl, 'subject', f.subject);
      var flags = [];
      if (f.estimated) flags.push(msg('estimated'));
      if (f.bound) flags.push(msg('bound') + ' (' + f.bound + ')');
      if (f.status !== 'ok') flags.push(f.status);
      if (f.uncertain) flags.push(msg('uncertain'));
      row(dl, 'flags', flags.length ? flags : null);
      row(dl, 'provenance', f.extractor + ' / ' + f.pattern);
      if (f.confidence !== null && f.confidence !== undefined) row(dl, 'ocrConfidence', f.confidence.toFixed(2));
      if (f.page) row(dl, 'pageBreak', f.page);
      parts.push(dl);
    });
    if (parts.length === 0) return;
    tip.replaceChildren.apply(tip, parts);
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left) + 'px';
    tip.style.top = (window.scrollY + box.bottom + 6) + 'px';
  }
  function hideTip() { if (tip) tip.hidden = true; }
  document.addEventListener('mouseover', function (e) {
    var mark = e.target.closest && e.target.closest('mark[data-facts]');
    if (mark) showTip(mark); else hideTip();
  });
  document.addEventListener('focusin', function (e) {
    var mark = e.target.closest && e.target.closest('mark[data-facts]');
    if (mark) showTip(mark); else hideTip();
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hideTip(); });

  // Without clipboard access (a page opened from disk in some browsers) the key is selected for Ctrl+C.
  function selectText(el) {
    if (!el) return;
    var range = document.createRange(); range.selectNodeContents(el);
    var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
  }
  function clearSelection() {
    document.querySelectorAll('main.doc .hit').forEach(function (m) { m.classList.remove('hit'); });
    document.querySelectorAll('li.finding.selected').forEach(function (li) {
      li.classList.remove('selected');
      var head = li.querySelector('.f-head'); if (head) head.setAttribute('aria-expanded', 'false');
    });
  }
  function select(li, scroll) {
    var wasSelected = li.classList.contains('selected');
    clearSelection();
    if (wasSelected) return;
    li.classList.add('selected');
    var group = li.closest('details'); if (group) group.open = true;
    var head = li.querySelector('.f-head'); if (head) head.setAttribute('aria-expanded', 'true');
    // Figures in the text and the table cells holding the evidence alike.
    var marks = document.querySelectorAll('main.doc [data-findings~="' + li.getAttribute('data-index') + '"]');
    marks.forEach(function (m) { m.classList.add('hit'); });
    if (scroll && marks.length > 0) marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
  var panel = document.querySelector('aside.panel');
  if (panel) panel.addEventListener('click', function (e) {
    var copy = e.target.closest('button.copy');
    if (copy) {
      var key = copy.getAttribute('data-copy');
      var done = function () { copy.textContent = msg('copied'); setTimeout(function () { copy.textContent = msg('copy'); }, 1500); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(key).then(done, function () { selectText(copy.previousElementSibling); });
      else selectText(copy.previousElementSibling);
      return;
    }
    var head = e.target.closest('.f-head');
    if (head) select(head.closest('li.finding'), true);
  });
  document.addEventListener('click', function (e) {
    var mark = e.target.closest && e.target.closest('main.doc [data-findings]');
    if (!mark) return;
    var first = (mark.getAttribute('data-findings') || '').split(' ')[0];
    var li = document.querySelector('li.finding[data-index="' + first + '"]');
    if (li) { select(li, false); li.scrollIntoView({ block: 'nearest' }); }
  });

  var ruleFilter = document.getElementById('rule-filter');
  var statusBoxes = document.querySelectorAll('.status-filter input[data-status]');
  function applyFilters() {
    var rule = ruleFilter ? ruleFilter.value : '';
    var shown = {};
    statusBoxes.forEach(function (box) { shown[box.getAttribute('data-status')] = box.checked; });
    document.querySelectorAll('details.group').forEach(function (group) {
      var visible = 0;
      group.querySelectorAll('li.finding').forEach(function (li) {
        var ok = (rule === '' || li.getAttribute('data-rule') === rule) && shown[li.getAttribute('data-status')] !== false;
        li.hidden = !ok;
        if (ok) visible += 1;
      });
      group.hidden = visible === 0;
      var count = group.querySelector('.count'); if (count) count.textContent = String(visible);
    });
  }
  if (ruleFilter) ruleFilter.addEventListener('change', applyFilters);
  statusBoxes.forEach(function (box) { box.addEventListener('change', applyFilters); });
})();
`;

/** The batch index only switches language. */
export const INDEX_CLIENT_JS = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var root = document.documentElement;
  var toggle = document.getElementById('lang-toggle');
  if (!toggle) return;
  toggle.addEventListener('click', function () {
    var lang = root.getAttribute('data-lang') === 'vi' ? 'en' : 'vi';
    root.setAttribute('lang', lang);
    root.setAttribute('data-lang', lang);
    document.querySelectorAll('[data-i18n]').forEach(function (el) { var m = data.messages[el.getAttribute('data-i18n')]; if (m) el.textContent = m[lang]; });
  });
})();
`;

(function () {
  'use strict';
  var NS = 'urn:emscore:1';
  var XML_NS = 'http://www.w3.org/XML/1998/namespace';
  var DECIMAL = /^-?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/; /* as the schema: no + */
  var DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
  var root = document.getElementById('ems');
  var cfg = root.dataset;
  /* The identifier rule as emscore gives it, anchored as a schema pattern is. */
  var ID = new RegExp('^(?:' + cfg.ident + ')$');
  var peer = cfg.kind === 'peer';
  var response = cfg.kind === 'response'; /* replies to a review's recommendations */
  var storeKey = 'emscore:' + [cfg.scorecard, cfg.version, cfg.agency, cfg.period, cfg.kind,
                               cfg.profile].join(':');
  var fileName = cfg.agency + '-' + cfg.period + '-' + cfg.kind + '.xml';

  var messages = {};
  each(document.querySelectorAll('#messages [data-key]'), function (li) {
    messages[li.getAttribute('data-key')] = li.textContent;
  });
  // The message key with {1}, {2}... filled in from the other arguments.
  function t(key) {
    var s = messages[key] || key;
    for (var i = 1; i < arguments.length; i++) s = s.split('{' + i + '}').join(String(arguments[i]));
    return s;
  }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function $(sel, from) { return (from || document).querySelector(sel); }
  function all(sel, from) { return Array.prototype.slice.call((from || document).querySelectorAll(sel)); }
  function trim(s) { return (s || '').replace(/^\s+|\s+$/g, ''); }

  var levels = all('#scale [data-level]').map(function (li) {
    return { id: li.getAttribute('data-level'), label: li.getAttribute('data-label') };
  }).filter(function (l) { return l.id !== 'na'; });
  var items = all('.item');
  var byId = {};
  items.forEach(function (el) { byId[el.getAttribute('data-id')] = el; });
  // A review's top-level areas, each with the team's conclusions, in scorecard order.
  var conclusionAreas = all('#record [data-conclusions]').map(function (ta) {
    return ta.getAttribute('data-conclusions');
  });

  // ---- the answers ----------------------------------------------------
  // {assessor, date, mission: {from, to, text}, team: [{key, id, agency, name}],
  //  covers (a review: the entities it covers besides the agency): [{id, name}],
  //  illustrative, lang: the file's own attributes, kept as they were opened,
  //  followUps: [{recommendation, status, evidence: [{href, text}], comment}]
  //    (kept as they were opened: the form does not edit them),
  //  record (a review: the mission's record): {interviews: [{unit, date}],
  //    documents: [{title, ref, date}], summary, context, conclusions: {AREA: text}}
  //    (each text's paragraphs separated by blank lines),
  //  claims (a review: the agency's self-assessment, read-only): null or
  //    {file, items: {ID: {level, value, evidence: [{href, text}], comment, justification}}},
  //  items: {ID: {level, ratings: {KEY: level}, consensus, evidence: [{href, text}],
  //               comment, justification, finding: [{text, type}],
  //               recommendation: [{id, priority, owner, due, text}], value,
  //               decision, owner, due, action}}}   (the last four: a reply)
  function blank() {
    return { assessor: '', date: '', mission: { from: '', to: '', text: '' }, team: [], covers: [],
             items: {}, status: 'draft', approved: '', claims: null, record: blankRecord(),
             illustrative: '', lang: {}, followUps: [] };
  }
  function blankRecord() {
    return { interviews: [], documents: [], summary: '', context: '', conclusions: {} };
  }
  function blankItem() {
    return { level: '', ratings: {}, consensus: '', evidence: [], comment: '', justification: '',
             finding: [], recommendation: [], value: '', decision: '', owner: '', due: '', action: '' };
  }
  // An item not yet answered: a reply starts with the owner and due date
  // the review proposed (the inputs' own values in the page).
  function fresh(el) {
    var s = blankItem();
    ['owner', 'due'].forEach(function (f) {
      var e = $('[data-f="' + f + '"]', el);
      if (e) s[f] = e.defaultValue;
    });
    return s;
  }
  // The single-line and multi-line inputs an item may have.
  var FIELDS = ['comment', 'justification', 'value', 'owner', 'due', 'action'];
  var state = blank();
  var nextKey = 1;
  var tried = false; // a save was attempted: list every problem from then on

  // ---- small DOM builders ---------------------------------------------
  var uid = 0;
  function make(tag, attrs, kids) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]);
    });
    (kids || []).forEach(function (k) { e.appendChild(k); });
    return e;
  }
  // A labelled input, textarea or select inside a .field.
  function field(labelText, control) {
    var id = 'f' + (++uid);
    control.id = id;
    return make('div', { 'class': 'field' }, [make('label', { 'for': id, text: labelText }), control]);
  }
  function input(role, value) {
    var e = make('input', { type: 'text', 'data-r': role });
    e.value = value || '';
    return e;
  }
  function levelSelect(role, value, emptyText, by) {
    var s = make('select', { 'data-r': role });
    if (by) s.setAttribute('data-by', by);
    s.appendChild(make('option', { value: '', text: emptyText }));
    levels.forEach(function (l) { s.appendChild(make('option', { value: l.id, text: l.label })); });
    s.appendChild(make('option', { value: 'na', text: t('level.na') }));
    s.value = value || '';
    return s;
  }
  function removeButton() {
    return make('button', { type: 'button', 'data-remove': '1', text: t('form.remove') });
  }

  // A date input (a review's record: when a unit was met, a document dated).
  function dateInput(role, value) {
    var e = make('input', { type: 'date', 'data-r': role });
    e.value = value || '';
    return e;
  }

  function row(what, v) {
    if (what === 'entity')
      return make('li', {}, [field(t('form.entity.id'), input('id', v.id)),
                             field(t('form.entity.name'), input('name', v.name)), removeButton()]);
    if (what === 'interview')
      return make('li', {}, [field(t('form.interview.unit'), input('unit', v.unit)),
                             field(t('form.record.date'), dateInput('date', v.date)), removeButton()]);
    if (what === 'document') {
      var ref = input('ref', v.ref);
      ref.maxLength = 200; /* the schema's longest reference */
      return make('li', {}, [field(t('form.document.title'), input('title', v.title)),
                             field(t('form.document.ref'), ref),
                             field(t('form.record.date'), dateInput('date', v.date)), removeButton()]);
    }
    if (what === 'evidence')
      return make('li', {}, [field(t('form.evidence.href'), input('href', v.href)),
                             field(t('form.evidence.text'), input('text', v.text)), removeButton()]);
    if (what === 'finding') {
      // a good practice to share, a gap to close, or an observation
      var kind = make('select', { 'data-r': 'type' });
      ['observation', 'good-practice', 'gap'].forEach(function (k) {
        kind.appendChild(make('option', { value: k, text: t('form.finding.' + k) }));
      });
      kind.value = v.type || 'observation';
      var ta = make('textarea', { 'data-r': 'text', rows: '2' });
      ta.value = v.text || '';
      return make('li', {}, [field(t('form.finding.type'), kind), field(t('form.finding'), ta),
                             removeButton()]);
    }
    if (what === 'recommendation') {
      var p = make('select', { 'data-r': 'priority' });
      ['high', 'medium', 'low'].forEach(function (k) {
        p.appendChild(make('option', { value: k, text: t('priority.' + k) }));
      });
      p.value = v.priority || 'medium';
      var rt = make('textarea', { 'data-r': 'text', rows: '2' });
      rt.value = v.text || '';
      var owner = input('owner', v.owner);
      owner.maxLength = 200; /* the schema's longest owner */
      // an opened recommendation keeps its id: replies and follow-ups name it
      var li = make('li', {}, [field(t('form.priority'), p), field(t('form.recommendation'), rt),
                               field(t('form.reply.owner'), owner),
                               field(t('form.reply.due'), dateInput('due', v.due)), removeButton()]);
      if (v.id) li.setAttribute('data-rec', v.id);
      return li;
    }
    // Leads and members rate; observers and the secretariat take part.
    var role = make('select', { 'data-r': 'role' });
    ['lead', 'member', 'observer', 'secretariat'].forEach(function (k) {
      role.appendChild(make('option', { value: k, text: t('role.' + k) }));
    });
    role.value = v.role || 'member';
    var r = make('li', { 'data-key': v.key }, [field(t('form.reviewer.id'), input('id', v.id)),
                                                field(t('form.reviewer.agency'), input('agency', v.agency)),
                                                field(t('form.reviewer.name'), input('name', v.name)),
                                                field(t('form.reviewer.role'), role),
                                                removeButton()]);
    return r;
  }
  function readRow(what, li) {
    function v(role) { var e = $('[data-r="' + role + '"]', li); return e ? e.value : ''; }
    if (what === 'interview') return { unit: v('unit'), date: v('date') };
    if (what === 'document') return { title: v('title'), ref: v('ref'), date: v('date') };
    if (what === 'evidence') return { href: v('href'), text: v('text') };
    if (what === 'finding') return { text: v('text'), type: v('type') };
    if (what === 'entity') return { id: v('id'), name: v('name') };
    if (what === 'recommendation')
      return { id: li.getAttribute('data-rec') || '', priority: v('priority'), owner: v('owner'), due: v('due'),
               text: v('text') };
    return { key: li.getAttribute('data-key'), id: v('id'), agency: v('agency'), name: v('name'),
             role: v('role') };
  }
  function fillList(ul, what, values) {
    ul.textContent = '';
    values.forEach(function (v) { ul.appendChild(row(what, v)); });
  }

  // Each reviewer's rating and the consensus of a peer response.
  function buildRatings(el, s) {
    var box = $('.ratings', el);
    box.textContent = '';
    var grid = make('div', { 'class': 'grid' });
    state.team.forEach(function (r) {
      var name = trim(r.id) || '?';
      if (trim(r.name)) name += ' (' + trim(r.name) + ')';
      grid.appendChild(field(t('form.rating', name),
                             levelSelect('rating', s.ratings[r.key], t('form.not-rated'), r.key)));
    });
    grid.appendChild(field(t('form.consensus'),
                           levelSelect('consensus', s.consensus, t('form.no-consensus'))));
    box.appendChild(grid);
  }

  // The rating lists follow the team: rebuilt when a reviewer is added,
  // removed or renamed, never while the team's own inputs have the focus.
  function relabel() {
    items.forEach(function (el) {
      if (el.getAttribute('data-type') === 'milestone')
        buildRatings(el, state.items[el.getAttribute('data-id')] || blankItem());
    });
  }

  // ---- form <-> state ---------------------------------------------------
  function globalInput(name) { return $('[data-g="' + name + '"]'); }

  function collect() {
    state.assessor = globalInput('assessor').value;
    state.date = globalInput('date').value;
    if (peer) {
      state.mission = { from: globalInput('from').value, to: globalInput('to').value,
                        text: globalInput('mission').value };
      state.status = globalInput('status').value;
      state.approved = globalInput('approved').value;
      state.team = all('#team-rows > li').map(function (li) { return readRow('reviewer', li); });
      state.covers = all('#covers [data-list=entity] > li').map(function (li) { return readRow('entity', li); });
      state.record = {
        interviews: all('#record [data-list=interview] > li').map(function (li) { return readRow('interview', li); }),
        documents: all('#record [data-list=document] > li').map(function (li) { return readRow('document', li); }),
        summary: globalInput('summary').value, context: globalInput('context').value, conclusions: {} };
      all('#record [data-conclusions]').forEach(function (ta) {
        if (ta.value) state.record.conclusions[ta.getAttribute('data-conclusions')] = ta.value;
      });
    }
    items.forEach(function (el) {
      var s = blankItem();
      var id = el.getAttribute('data-id');
      // a self-assessment's level, or a reply's decision
      each(el.querySelectorAll('fieldset[data-f]'), function (fs) {
        var checked = $('input[type=radio]:checked', fs);
        if (checked) s[fs.getAttribute('data-f')] = checked.value;
      });
      each(el.querySelectorAll('select[data-r=rating]'), function (sel) {
        if (sel.value) s.ratings[sel.getAttribute('data-by')] = sel.value;
      });
      var c = $('select[data-r=consensus]', el);
      if (c) s.consensus = c.value;
      FIELDS.forEach(function (f) {
        var e = $('[data-f="' + f + '"]', el);
        if (e) s[f] = e.value;
      });
      ['evidence', 'finding', 'recommendation'].forEach(function (what) {
        var ul = $('[data-list="' + what + '"]', el);
        if (ul) s[what] = all(':scope > li', ul).map(function (li) { return readRow(what, li); });
      });
      state.items[id] = s;
    });
  }

  function fill() {
    globalInput('assessor').value = state.assessor || '';
    globalInput('date').value = state.date || '';
    if (peer) {
      globalInput('from').value = state.mission.from || '';
      globalInput('to').value = state.mission.to || '';
      globalInput('mission').value = state.mission.text || '';
      globalInput('status').value = state.status || 'draft';
      globalInput('approved').value = state.approved || '';
      fillList($('#team-rows'), 'reviewer', state.team);
      fillList($('#covers [data-list=entity]'), 'entity', state.covers);
      var rec = state.record;
      fillList($('#record [data-list=interview]'), 'interview', rec.interviews);
      fillList($('#record [data-list=document]'), 'document', rec.documents);
      globalInput('summary').value = rec.summary;
      globalInput('context').value = rec.context;
      all('#record [data-conclusions]').forEach(function (ta) {
        ta.value = rec.conclusions[ta.getAttribute('data-conclusions')] || '';
      });
      state.team.forEach(function (r) {
        var n = parseInt(String(r.key).replace(/\D/g, ''), 10);
        if (n >= nextKey) nextKey = n + 1;
      });
    }
    items.forEach(function (el) {
      var s = state.items[el.getAttribute('data-id')] || fresh(el);
      each(el.querySelectorAll('fieldset[data-f]'), function (fs) {
        var v = s[fs.getAttribute('data-f')];
        each(fs.querySelectorAll('input[type=radio]'), function (r) { r.checked = r.value === v; });
      });
      FIELDS.forEach(function (f) {
        var e = $('[data-f="' + f + '"]', el);
        if (e) e.value = s[f] || '';
      });
      ['evidence', 'finding', 'recommendation'].forEach(function (what) {
        var ul = $('[data-list="' + what + '"]', el);
        if (ul) fillList(ul, what, s[what] || []);
      });
    });
    if (peer) {
      relabel();
      showClaims();
    }
  }

  // ---- what is answered, and what would not validate --------------------
  // A text's paragraphs: separated by blank lines, each trimmed.
  function paragraphs(text) {
    return (text || '').split(/\n[ \t]*\n/).map(trim).filter(function (p) { return p !== ''; });
  }
  // The record's rows the file keeps: those that name a unit or a document.
  function met(rec) { return rec.interviews.filter(function (iv) { return trim(iv.unit); }); }
  function reviewed(rec) { return rec.documents.filter(function (d) { return trim(d.title); }); }
  // The entities covered the file keeps: the rows with anything in them.
  function covered(list) { return list.filter(function (c) { return trim(c.id) || trim(c.name); }); }
  // Whether the mission's record holds anything the file would keep.
  function recorded(rec) {
    return met(rec).length > 0 || reviewed(rec).length > 0 || paragraphs(rec.summary).length > 0 ||
      paragraphs(rec.context).length > 0 ||
      Object.keys(rec.conclusions).some(function (a) { return paragraphs(rec.conclusions[a]).length > 0; });
  }
  function has(s) {
    return s.evidence.some(function (e) { return trim(e.href) || trim(e.text); }) ||
      trim(s.comment) !== '' || trim(s.justification) !== '' || trim(s.action) !== '' ||
      s.finding.some(function (f) { return trim(f.text); }) ||
      s.recommendation.some(function (r) { return trim(r.text); });
  }
  function rated(s) {
    return peer ? Object.keys(s.ratings).length > 0 || s.consensus !== '' : s.level !== '';
  }
  function saysNa(s) {
    return s.level === 'na' || s.consensus === 'na' ||
      Object.keys(s.ratings).some(function (k) { return s.ratings[k] === 'na'; });
  }
  function isAnswered(el, s) {
    var type = el.getAttribute('data-type');
    return type === 'indicator' ? trim(s.value) !== '' : type === 'reply' ? s.decision !== '' : rated(s);
  }
  function digits(v) { return v.replace(/[^0-9]/g, '').replace(/^0+/, '').length; }
  // The problems of one item, as messages.
  function itemProblems(el, s) {
    var out = [];
    if (el.getAttribute('data-type') === 'indicator') {
      var v = trim(s.value);
      if (v !== '' && (!DECIMAL.test(v) || digits(v) > 30)) out.push(t('form.err.number'));
      else if (v === '' && has(s)) out.push(t('form.err.value'));
      return out;
    }
    if (el.getAttribute('data-type') === 'reply') {
      if (!s.decision && has(s)) out.push(t('form.err.decision'));
      if (trim(s.due) && !DATE.test(trim(s.due))) out.push(t('form.err.due'));
      return out;
    }
    if (!rated(s) && has(s)) out.push(t(peer ? 'form.err.rating' : 'form.err.level'));
    if (saysNa(s) && trim(s.justification) === '') out.push(t('form.err.na'));
    return out;
  }
  function globalProblems() {
    var out = [];
    if (state.date && !DATE.test(state.date)) out.push(t('form.err.date'));
    if (!peer) return out;
    var m = state.mission;
    if (!DATE.test(m.from) || !DATE.test(m.to)) out.push(t('form.err.mission'));
    else if (m.from > m.to) out.push(t('form.err.mission-order'));
    if (!state.team.length) out.push(t('form.err.team'));
    // approved and published reviews say when the Peer Review Body approved them
    var approved = state.status === 'approved' || state.status === 'published';
    if (approved && !DATE.test(state.approved || '')) out.push(t('form.err.approved'));
    // The record: a date or a reference says nothing without what it is of;
    // the schema's limits, named by the page's own labels.
    var rec = state.record;
    rec.interviews.forEach(function (iv, i) {
      if (!trim(iv.unit) && iv.date) out.push(t('form.err.interview', i + 1));
    });
    rec.documents.forEach(function (d, i) {
      if (!trim(d.title) && (trim(d.ref) || d.date)) out.push(t('form.err.document', i + 1));
    });
    [['interview', met(rec)], ['document', reviewed(rec)]].forEach(function (l) {
      if (l[1].length > 256) out.push(t('form.err.many', $('#record fieldset.' + l[0] + ' > legend').textContent, 256));
    });
    all('#record textarea').forEach(function (ta) {
      if (paragraphs(ta.value).length > 64)
        out.push(t('form.err.paragraphs', $('label[for="' + ta.id + '"]').textContent, 64));
    });
    var seen = {};
    state.team.forEach(function (r, i) {
      if (!ID.test(trim(r.id)) || !ID.test(trim(r.agency)))
        out.push(t('form.err.reviewer', trim(r.id) || String(i + 1)));
      else if (seen[trim(r.id)]) out.push(t('form.err.duplicate', trim(r.id)));
      seen[trim(r.id)] = true;
    });
    var entities = {};
    state.covers.forEach(function (c, i) {
      if ((trim(c.id) || trim(c.name)) && !ID.test(trim(c.id))) out.push(t('form.err.entity', i + 1));
      entities[trim(c.id)] = true;
    });
    if (covered(state.covers).length > 64) out.push(t('form.err.many', $('#covers > legend').textContent, 64));
    // As emscore checks a team: only the lead and members rate, and nobody
    // rates their own agency, whether the one under review or an entity
    // the review covers.
    state.team.forEach(function (r) {
      var agency = trim(r.agency);
      var rates = Object.keys(state.items).some(function (id) { return state.items[id].ratings[r.key]; });
      if (!rates) return;
      if (r.role === 'observer' || r.role === 'secretariat')
        out.push(t('form.err.role-rates', trim(r.id), t('role.' + r.role)));
      else if (!agency) return;
      else if (agency === cfg.agency) out.push(t('form.err.own-agency', trim(r.id), agency));
      else if (entities[agency]) out.push(t('form.err.covered', trim(r.id), agency));
    });
    return out;
  }

  // Progress, marks on the items, and the list of problems once a save
  // was tried. Returns the number of problems.
  function refresh() {
    var answered = 0, problems = [];
    var areaCounts = {};
    items.forEach(function (el) {
      var id = el.getAttribute('data-id');
      var s = state.items[id];
      var done = isAnswered(el, s);
      var p = itemProblems(el, s);
      answered += done ? 1 : 0;
      el.classList.toggle('answered', done && !p.length);
      el.classList.toggle('invalid', p.length > 0);
      el.classList.toggle('needs-justification', saysNa(s));
      el.classList.toggle('has-justification', trim(s.justification) !== '');
      $('.msg', el).textContent = p.join(' ');
      each(el.querySelectorAll('input, textarea, select'), function (c) {
        if (p.length) c.setAttribute('aria-describedby', 'm-' + id); else c.removeAttribute('aria-describedby');
      });
      p.forEach(function (msg) { problems.push({ id: id, text: id + ': ' + msg }); });
      var reached = $('output.reached', el);
      if (reached) showReached(el, s, reached);
      for (var a = el.parentNode; a && a.classList && a.classList.contains('area'); a = a.parentNode) {
        var c = areaCounts[a.getAttribute('data-area')] || (areaCounts[a.getAttribute('data-area')] = [0, 0]);
        c[0] += done ? 1 : 0;
        c[1] += 1;
      }
    });
    each(document.querySelectorAll('.count[data-area]'), function (span) {
      var c = areaCounts[span.getAttribute('data-area')] || [0, 0];
      span.textContent = t('form.progress', c[0], c[1]);
    });
    $('#progress').value = answered;
    $('#progress-text').textContent = t('form.progress', answered, items.length);
    var global = globalProblems();
    var box = $('#problems');
    var ul = $('ul', box);
    ul.textContent = '';
    global.forEach(function (g) { ul.appendChild(make('li', { text: g })); });
    problems.forEach(function (p) {
      ul.appendChild(make('li', {}, [make('a', { href: '#item-' + p.id, text: p.text })]));
    });
    box.hidden = !tried || (global.length + problems.length) === 0;
    return global.length + problems.length;
  }

  // The level an indicator's value reaches (doc/scoring.md, 2): the highest level
  // whose threshold it meets.
  function showReached(el, s, out) {
    var v = trim(s.value);
    var lower = el.getAttribute('data-better') === 'lower';
    var rows = all('.thresholds tr[data-level]', el);
    rows.forEach(function (r) { r.classList.remove('met'); });
    if (v === '' || !DECIMAL.test(v) || !rows.length) { out.textContent = ''; return; }
    var x = parseFloat(v), best = null, bestIndex = -1;
    rows.forEach(function (r) {
      var th = parseFloat(r.getAttribute('data-value'));
      var index = levels.map(function (l) { return l.id; }).indexOf(r.getAttribute('data-level'));
      if ((lower ? x <= th : x >= th) && index > bestIndex) { best = r; bestIndex = index; }
    });
    if (best) best.classList.add('met');
    out.textContent = best ? t('form.reaches', levels[bestIndex].label) : t('form.reaches.none');
  }

  // ---- keeping the work in the browser ----------------------------------
  var storageWarned = false;
  function store() {
    try {
      localStorage.setItem(storeKey, JSON.stringify(state));
    } catch (e) {
      if (!storageWarned) say(t('form.storage.off'), true);
      storageWarned = true;
    }
  }
  function restore() {
    try {
      var saved = localStorage.getItem(storeKey);
      if (!saved) return false;
      var s = JSON.parse(saved);
      state = blank();
      Object.keys(s).forEach(function (k) { state[k] = s[k]; });
      // a form of an earlier version kept each finding as its text alone
      Object.keys(state.items).forEach(function (id) {
        var it = state.items[id];
        it.finding = (it.finding || []).map(function (f) {
          return typeof f === 'string' ? { text: f, type: 'observation' } : f;
        });
      });
      return true;
    } catch (e) {
      return false;
    }
  }

  function say(text, bad) {
    var st = $('#status');
    st.textContent = text;
    st.classList.toggle('bad', !!bad);
  }

  function changed() {
    collect();
    store();
    refresh();
  }

  // ---- the assessment file ----------------------------------------------
  // Children in the order of the schema (doc/formats.md, "Assessment"): assessor, date,
  // mission, team, covers, the mission's record, then responses and measures in scorecard
  // order (a management response: replies in the review's order), then follow-ups; in a response
  // rating*, consensus, evidence*, comment, justification, finding*,
  // recommendation*; in a reply action, comment.
  function build() {
    var doc = document.implementation.createDocument(NS, 'assessment', null);
    var rootEl = doc.documentElement;
    function add(parent, name, text, attrs) {
      var e = doc.createElementNS(NS, name);
      Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text) e.textContent = text;
      parent.appendChild(e);
      return e;
    }
    rootEl.setAttribute('kind', cfg.kind);
    rootEl.setAttribute('scorecard', cfg.scorecard);
    rootEl.setAttribute('scorecard-version', cfg.version);
    rootEl.setAttribute('agency', cfg.agency);
    rootEl.setAttribute('period', cfg.period);
    if (cfg.profile) rootEl.setAttribute('profile', cfg.profile);
    if (state.illustrative) rootEl.setAttribute('illustrative', state.illustrative);
    Object.keys(state.lang).forEach(function (k) { rootEl.setAttributeNS(XML_NS, 'xml:' + k, state.lang[k]); });
    if (peer) {
      rootEl.setAttribute('status', state.status || 'draft');
      if (state.status === 'approved' || state.status === 'published') rootEl.setAttribute('approved', state.approved);
    }
    if (trim(state.assessor)) add(rootEl, 'assessor', trim(state.assessor));
    if (state.date) add(rootEl, 'date', state.date);
    var ids = {}, recs = 0, taken = {};
    // Opened recommendations keep their ids; new ones are numbered in
    // document order, AGENCY-PERIOD-R01, ..., past the ids taken.
    Object.keys(state.items).forEach(function (id) {
      state.items[id].recommendation.forEach(function (rec) { if (rec.id && trim(rec.text)) taken[rec.id] = true; });
    });
    function recId() {
      var id;
      do {
        recs++;
        id = cfg.agency + '-' + cfg.period + '-R' + (recs < 10 ? '0' : '') + recs;
      } while (taken[id]);
      taken[id] = true;
      return id;
    }
    if (peer) {
      add(rootEl, 'mission', trim(state.mission.text), { from: state.mission.from, to: state.mission.to });
      var team = add(rootEl, 'team');
      state.team.forEach(function (r) {
        ids[r.key] = trim(r.id);
        add(team, 'reviewer', trim(r.name), { id: trim(r.id), agency: trim(r.agency), role: r.role || 'member' });
      });
      if (covered(state.covers).length) {
        var cv = add(rootEl, 'covers');
        covered(state.covers).forEach(function (c) { add(cv, 'entity', trim(c.name), { id: trim(c.id) }); });
      }
      record(rootEl, add);
    }
    items.forEach(function (el) {
      var id = el.getAttribute('data-id');
      var s = state.items[id];
      var evidence = s.evidence.filter(function (e) { return trim(e.href) || trim(e.text); });
      if (el.getAttribute('data-type') === 'reply') {
        if (!s.decision) return;
        var attrs = { recommendation: id, decision: s.decision };
        if (trim(s.owner)) attrs.owner = trim(s.owner);
        if (trim(s.due)) attrs.due = trim(s.due);
        var rp = add(rootEl, 'reply', null, attrs);
        if (trim(s.action)) add(rp, 'action', trim(s.action));
        if (trim(s.comment)) add(rp, 'comment', trim(s.comment));
        return;
      }
      if (el.getAttribute('data-type') === 'indicator') {
        if (trim(s.value) === '') return;
        var m = add(rootEl, 'measure', null, { indicator: id, value: trim(s.value) });
        evidence.forEach(function (e) { add(m, 'evidence', trim(e.text), trim(e.href) ? { href: trim(e.href) } : {}); });
        if (trim(s.comment)) add(m, 'comment', trim(s.comment));
        return;
      }
      if (!rated(s)) return;
      var r = add(rootEl, 'response', null, peer ? { milestone: id } : { milestone: id, level: s.level });
      if (peer) {
        state.team.forEach(function (rv) {
          if (s.ratings[rv.key]) add(r, 'rating', null, { by: ids[rv.key], level: s.ratings[rv.key] });
        });
        if (s.consensus) add(r, 'consensus', null, { level: s.consensus });
      }
      evidence.forEach(function (e) { add(r, 'evidence', trim(e.text), trim(e.href) ? { href: trim(e.href) } : {}); });
      if (trim(s.comment)) add(r, 'comment', trim(s.comment));
      if (trim(s.justification)) add(r, 'justification', trim(s.justification));
      s.finding.forEach(function (f) {
        if (trim(f.text)) add(r, 'finding', trim(f.text), f.type && f.type !== 'observation' ? { type: f.type } : {});
      });
      s.recommendation.forEach(function (rec) {
        if (!trim(rec.text)) return;
        var attrs = { id: rec.id || recId(), priority: rec.priority || 'medium' };
        if (trim(rec.owner)) attrs.owner = trim(rec.owner);
        if (rec.due) attrs.due = rec.due;
        add(r, 'recommendation', trim(rec.text), attrs);
      });
    });
    // Follow-ups of earlier recommendations, as they were opened.
    state.followUps.forEach(function (f) {
      var fu = add(rootEl, 'follow-up', null, { recommendation: f.recommendation, status: f.status });
      f.evidence.forEach(function (e) { add(fu, 'evidence', e.text, e.href ? { href: e.href } : {}); });
      if (f.comment) add(fu, 'comment', f.comment);
    });
    indent(doc, rootEl, '\n');
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc) + '\n';
  }
  // The mission's record after the team: interviews, documents, then the
  // narrative (executive-summary, context, conclusions in the page's order
  // of areas, which is the scorecard's), each text a <p> per paragraph.
  function record(rootEl, add) {
    var rec = state.record;
    if (met(rec).length) {
      var ivs = add(rootEl, 'interviews');
      met(rec).forEach(function (iv) { add(ivs, 'interview', trim(iv.unit), iv.date ? { date: iv.date } : {}); });
    }
    if (reviewed(rec).length) {
      var docs = add(rootEl, 'documents');
      reviewed(rec).forEach(function (d) {
        var attrs = {};
        if (trim(d.ref)) attrs.ref = trim(d.ref);
        if (d.date) attrs.date = d.date;
        add(docs, 'document', trim(d.title), attrs);
      });
    }
    var texts = [['executive-summary', rec.summary, {}], ['context', rec.context, {}]].concat(
      conclusionAreas.map(function (area) { return ['conclusions', rec.conclusions[area], { area: area }]; })).filter(function (x) { return paragraphs(x[1]).length > 0; });
    if (!texts.length) return;
    var narrative = add(rootEl, 'narrative');
    texts.forEach(function (x) {
      var e = add(narrative, x[0], null, x[2]);
      paragraphs(x[1]).forEach(function (p) { add(e, 'p', p); });
    });
  }
  // Line breaks and two spaces per level between elements, for people
  // reading the file; text content is left as it is.
  function indent(doc, el, prefix) {
    var kids = Array.prototype.filter.call(el.childNodes, function (n) { return n.nodeType === 1; });
    if (!kids.length) return;
    kids.forEach(function (k) {
      el.insertBefore(doc.createTextNode(prefix + '  '), k);
      indent(doc, k, prefix + '  ');
    });
    el.appendChild(doc.createTextNode(prefix));
  }

  function save() {
    collect();
    store();
    tried = true;
    if (refresh() > 0) {
      say(t('form.err.save'), true);
      $('#problems').focus();
      return;
    }
    var blob = new Blob([build()], { type: 'application/xml' });
    var a = make('a', { href: URL.createObjectURL(blob), download: fileName });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    say(t('form.saved', fileName));
  }

  // ---- opening a saved file ---------------------------------------------
  function children(el, name) {
    return Array.prototype.filter.call(el.childNodes, function (n) {
      return n.nodeType === 1 && n.namespaceURI === NS && (!name || n.localName === name);
    });
  }
  function text(el) { return el ? trim(el.textContent) : ''; }
  function describe(kind, agency, period, scorecard, version, profile) {
    return t('form.describe.' + (kind === 'peer' || kind === 'response' ? kind : 'self'), agency, period,
             scorecard + ' ' + version + (profile ? ' / ' + profile : ''));
  }

  function evidenceOf(e) {
    return children(e, 'evidence').map(function (v) { return { href: v.getAttribute('href') || '', text: text(v) }; });
  }
  // The document element of the assessment file name, or null when it is
  // none (the status says why).
  function parse(name, content) {
    var doc = new DOMParser().parseFromString(content, 'application/xml');
    var r = doc.documentElement;
    var problem = doc.getElementsByTagName('parsererror').length || !r ? 'form.open.notxml'
      : r.namespaceURI !== NS || r.localName !== 'assessment' ? 'form.open.notassessment' : '';
    if (!problem) return r;
    say(t(problem, name), true);
    return null;
  }
  // Whether r is an assessment of this form's scorecard, agency, period and
  // profile, of the kind given; if not, the status says what it is.
  function fits(r, name, kind, message) {
    var a = function (n) { return r.getAttribute(n) || ''; };
    if (a('kind') === kind && a('scorecard') === cfg.scorecard && a('scorecard-version') === cfg.version &&
        a('agency') === cfg.agency && a('period') === cfg.period && a('profile') === (cfg.profile || ''))
      return true;
    say(t(message, name, describe(a('kind'), a('agency'), a('period'), a('scorecard'), a('scorecard-version'), a('profile')),
          describe(kind, cfg.agency, cfg.period, cfg.scorecard, cfg.version, cfg.profile)), true);
    return false;
  }

  // The answers of an assessment file: the element, the attribute naming
  // the item it answers, and the type of that item in the page.
  var ANSWERS = { response: { by: 'milestone', type: 'milestone' },
                  measure: { by: 'indicator', type: 'indicator' },
                  reply: { by: 'recommendation', type: 'reply' } };

  function load(name, content) {
    var r = parse(name, content);
    if (!r || !fits(r, name, cfg.kind, 'form.open.other')) return;
    collect();
    var answers = items.filter(function (el) { return isAnswered(el, state.items[el.getAttribute('data-id')]); });
    if ((answers.length || (peer && (recorded(state.record) || covered(state.covers).length))) &&
        !window.confirm(t('form.open.replace', name))) return;
    var s = blank(), keys = {}, skipped = 0, count = 0;
    s.assessor = text(children(r, 'assessor')[0]);
    s.date = text(children(r, 'date')[0]);
    var mission = children(r, 'mission')[0];
    if (mission) s.mission = { from: mission.getAttribute('from') || '', to: mission.getAttribute('to') || '', text: text(mission) };
    s.status = r.getAttribute('status') || 'draft';
    s.approved = r.getAttribute('approved') || '';
    s.claims = state.claims; // the self-assessment beside a review stays
    s.illustrative = r.getAttribute('illustrative') || '';
    each(r.attributes, function (at) { if (at.namespaceURI === XML_NS) s.lang[at.localName] = at.value; });
    children(r, 'team').forEach(function (team) {
      children(team, 'reviewer').forEach(function (rv) {
        var key = 'r' + (nextKey++);
        keys[rv.getAttribute('id')] = key;
        s.team.push({ key: key, id: rv.getAttribute('id') || '', agency: rv.getAttribute('agency') || '', name: text(rv),
                      role: rv.getAttribute('role') || 'member' });
      });
    });
    children(r, 'covers').forEach(function (cv) {
      children(cv, 'entity').forEach(function (e) { s.covers.push({ id: e.getAttribute('id') || '', name: text(e) }); });
    });
    children(r, 'follow-up').forEach(function (f) {
      s.followUps.push({ recommendation: f.getAttribute('recommendation') || '', status: f.getAttribute('status') || '',
                         evidence: evidenceOf(f), comment: text(children(f, 'comment')[0]) });
    });
    // The mission's record; conclusions on an area the form does not have
    // are left out, as answers to its items are.
    var rec = s.record;
    function paras(e) {
      // a paragraph's own blank lines would split it when saved again
      return e ? children(e, 'p').map(function (p) { return text(p).replace(/\s*\n\s*\n\s*/g, '\n'); }).join('\n\n') : '';
    }
    children(r, 'interviews').forEach(function (ivs) {
      children(ivs, 'interview').forEach(function (iv) {
        rec.interviews.push({ unit: text(iv), date: iv.getAttribute('date') || '' });
      });
    });
    children(r, 'documents').forEach(function (docs) {
      children(docs, 'document').forEach(function (d) {
        rec.documents.push({ title: text(d), ref: d.getAttribute('ref') || '', date: d.getAttribute('date') || '' });
      });
    });
    children(r, 'narrative').forEach(function (n) {
      rec.summary = paras(children(n, 'executive-summary')[0]);
      rec.context = paras(children(n, 'context')[0]);
      children(n, 'conclusions').forEach(function (c) {
        var area = c.getAttribute('area') || '';
        if (conclusionAreas.indexOf(area) >= 0) rec.conclusions[area] = paras(c); else skipped++;
      });
    });
    children(r).forEach(function (e) {
      var what = ANSWERS[e.localName];
      if (!what) return;
      var id = e.getAttribute(what.by);
      var el = byId[id];
      if (!el || el.getAttribute('data-type') !== what.type) { skipped++; return; }
      var it = blankItem();
      it.evidence = evidenceOf(e);
      it.comment = text(children(e, 'comment')[0]);
      if (what.type === 'indicator') {
        it.value = e.getAttribute('value') || '';
      } else if (what.type === 'reply') {
        it.decision = e.getAttribute('decision') || '';
        it.owner = e.getAttribute('owner') || '';
        it.due = e.getAttribute('due') || '';
        it.action = text(children(e, 'action')[0]);
      } else {
        it.level = e.getAttribute('level') || '';
        children(e, 'rating').forEach(function (rt) {
          if (keys[rt.getAttribute('by')]) it.ratings[keys[rt.getAttribute('by')]] = rt.getAttribute('level');
        });
        var c = children(e, 'consensus')[0];
        if (c) it.consensus = c.getAttribute('level') || '';
        it.justification = text(children(e, 'justification')[0]);
        it.finding = children(e, 'finding').map(function (x) {
          return { text: text(x), type: x.getAttribute('type') || 'observation' };
        });
        it.recommendation = children(e, 'recommendation').map(function (x) {
          return { id: x.getAttribute('id') || '', priority: x.getAttribute('priority') || 'medium',
                   owner: x.getAttribute('owner') || '', due: x.getAttribute('due') || '', text: text(x) };
        });
      }
      s.items[id] = it;
      count++;
    });
    // A text's language is not kept, nor evidence with neither text nor
    // link (the form leaves out empty rows): say so before they are lost.
    var marked = all('*', r).filter(function (e) {
      return Array.prototype.some.call(e.attributes, function (at) { return at.namespaceURI === XML_NS; });
    }).length;
    var empty = children(r).filter(function (e) { return ANSWERS[e.localName]; }).reduce(function (n, e) {
      return n + children(e, 'evidence').filter(function (v) { return !text(v) && !v.getAttribute('href'); }).length;
    }, 0);
    state = s;
    fill();
    changed();
    say([t('form.open.done', name, count), skipped ? t('form.open.skipped', skipped) : '',
         s.followUps.length ? t('form.open.followups', s.followUps.length) : '',
         marked ? t('form.open.lang', marked) : '', empty ? t('form.open.empty-evidence', empty) : '']
        .filter(function (x) { return x; }).join(' '), skipped > 0 || marked > 0 || empty > 0);
  }

  // ---- the agency's self-assessment beside a review -----------------------
  // The reviewers rate with the agency's claim in view: its level or value,
  // evidence, comment and justification, read-only, in each item.
  function loadClaims(name, content) {
    var r = parse(name, content);
    if (!r || !fits(r, name, 'self', 'form.claim.other')) return;
    var claims = { file: name, items: {} }, unknown = [], count = 0;
    children(r).forEach(function (e) {
      var what = ANSWERS[e.localName];
      if (!what || what.type === 'reply') return;
      var id = e.getAttribute(what.by);
      var el = byId[id];
      if (!el || el.getAttribute('data-type') !== what.type) { unknown.push(id); return; }
      claims.items[id] = { level: e.getAttribute('level') || '', value: e.getAttribute('value') || '',
                           evidence: evidenceOf(e), comment: text(children(e, 'comment')[0]),
                           justification: text(children(e, 'justification')[0]) };
      count++;
    });
    state.claims = claims;
    store();
    showClaims();
    say(t('form.claim.done', name, count) +
        (unknown.length ? ' ' + t('form.claim.unknown', unknown.length, unknown.join(', ')) : ''),
        unknown.length > 0);
  }
  function levelLabel(id) {
    var l = levels.filter(function (x) { return x.id === id; })[0];
    return l ? l.label : id === 'na' ? t('level.na') : id;
  }
  function showClaims() {
    var claims = state.claims;
    items.forEach(function (el) {
      var box = $('.claim', el);
      box.textContent = '';
      box.hidden = !claims;
      if (!claims) return;
      var c = claims.items[el.getAttribute('data-id')];
      box.appendChild(make('p', { 'class': 'claim-h', text: t('form.claim.heading') + ' (' + claims.file + ')' }));
      if (!c) {
        box.appendChild(make('p', { 'data-claim': 'none', text: t('form.claim.none') }));
        return;
      }
      if (c.level) box.appendChild(make('p', { 'data-claim': 'level', text: t('form.claim.level', levelLabel(c.level)) }));
      if (c.value) {
        var unit = $('.unit', el);
        box.appendChild(make('p', { 'data-claim': 'value',
                                    text: t('form.claim.value', c.value + (unit ? ' ' + unit.textContent : '')) }));
      }
      if (c.justification)
        box.appendChild(make('p', { 'data-claim': 'justification', text: t('form.justification') + ': ' + c.justification }));
      if (c.evidence.length) {
        box.appendChild(make('p', { text: t('form.evidence.list') }));
        box.appendChild(make('ul', { 'data-claim': 'evidence' }, c.evidence.map(function (e) {
          return make('li', { text: [e.text, e.href].filter(function (x) { return x; }).join(': ') });
        })));
      }
      if (c.comment) box.appendChild(make('p', { 'data-claim': 'comment', text: t('form.comment') + ': ' + c.comment }));
    });
  }

  // ---- events ------------------------------------------------------------
  root.addEventListener('input', changed);
  root.addEventListener('change', function (ev) {
    if (ev.target.type !== 'file') changed();
  });
  root.addEventListener('click', function (ev) {
    var b = ev.target.closest ? ev.target.closest('button') : null;
    if (!b) return;
    var add = b.getAttribute('data-add');
    if (add === 'reviewer') {
      // the first reviewer added leads the team until said otherwise
      var first = !$('#team-rows > li');
      $('#team-rows').appendChild(row('reviewer', { key: 'r' + (nextKey++), id: '', agency: '', name: '',
                                                    role: first ? 'lead' : 'member' }));
      changed();
      relabel();
      $('#team-rows > li:last-child input').focus();
    } else if (add) {
      var ul = $('[data-list="' + add + '"]', b.parentNode);
      var li = row(add, {});
      ul.appendChild(li);
      $('input, textarea', li).focus();
      changed();
    } else if (b.hasAttribute('data-remove')) {
      var gone = b.closest('li');
      var inTeam = gone.parentNode.id === 'team-rows';
      gone.remove();
      changed();
      if (inTeam) relabel();
    } else if (b.hasAttribute('data-clear')) {
      var id = b.getAttribute('data-clear');
      state.items[id] = fresh(byId[id]);
      fill();
      changed();
    }
  });
  // Reviewer names and ids label the rating lists: relabel as they change.
  if (peer) $('#team-rows').addEventListener('change', relabel);
  $('#save').addEventListener('click', save);
  // The file picked in the hidden input, to then(name, text).
  function reading(input, then) {
    input.addEventListener('change', function () {
      var f = this.files && this.files[0];
      if (!f) return;
      var reader = new FileReader();
      reader.onload = function () { then(f.name, String(reader.result)); };
      reader.onerror = function () { say(t('form.open.notxml', f.name), true); };
      reader.readAsText(f);
      this.value = '';
    });
  }
  $('#open').addEventListener('click', function () { $('#open-file').click(); });
  reading($('#open-file'), load);
  if (peer) {
    $('#open-claims').addEventListener('click', function () { $('#claims-file').click(); });
    reading($('#claims-file'), loadClaims);
  }
  $('#reset').addEventListener('click', function () {
    if (!window.confirm(t('form.reset.confirm'))) return;
    state = blank();
    try { localStorage.removeItem(storeKey); } catch (e) { /* nothing kept */ }
    fill();
    changed();
    say('');
  });
  // Printed, the guidance shows in full.
  window.addEventListener('beforeprint', function () {
    each(document.querySelectorAll('details'), function (d) { d.open = true; });
  });

  var restored = restore();
  fill();
  collect();
  refresh();
  if (restored) say(t('form.restored'));
})();

/*
 * The tracking page (进度查询): the tracking number and a proof (the receipt code, or the last 4
 * digits of the phone) against GET /api/grievances/{trackingNo}; shows the status, the unit, the
 * deadline, the answer and the timeline. A 404 says "not found or wrong code", never which.
 */
(function () {
  'use strict';

  var TRACKING_NO = /^SQ\d{8}[0-9A-Z]{6}$/;
  var CODE = /^[0-9A-Z]{6}$/;
  var PHONE_LAST4 = /^\d{4}$/;
  /** The citizen's path through a case; the optional steps show only when they happened. */
  var FLOW = ['RECEIVED', 'IN_TRIAGE', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];
  var OPTIONAL = ['IN_TRIAGE', 'IN_PROGRESS'];
  var DEFAULT_RETRY_SECONDS = 10;

  var S = window.Suqiu;
  var el = function (id) {
    return document.getElementById(id);
  };

  var state = {
    kind: 'code',
    query: null,        // {no, kind, value} of the last search
    view: null,         // the API's answer
    loading: false,
    fieldErrors: {},    // 'no' | 'proof' -> key
    alert: null         // {key, params}
  };

  function start() {
    var params = new URLSearchParams(window.location.search);
    var hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    if (params.get('no')) {
      el('no').value = params.get('no').trim().toUpperCase();
    }
    if (hash.get('phone')) {
      setKind('phone');
      el('proof-input').value = hash.get('phone');
    } else if (hash.get('code')) {
      el('proof-input').value = hash.get('code');
    }
    if (window.location.hash) {
      // the code came in the fragment (never sent to a server); keep it out of the history too
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }

    el('track-form').addEventListener('submit', function (event) {
      event.preventDefault();
      search();
    });
    document.querySelectorAll('input[name="proof"]').forEach(function (radio) {
      radio.addEventListener('change', function () {
        setKind(radio.value);
        el('proof-input').value = '';
        el('proof-input').focus();
      });
    });
    el('no').addEventListener('input', function () {
      clearError('no');
    });
    el('proof-input').addEventListener('input', function () {
      clearError('proof');
    });
    el('refresh').addEventListener('click', function () {
      if (state.query) {
        load(state.query, false);
      }
    });
    S.onLangChange(render);
    render();
    if (el('no').value && el('proof-input').value) {
      search();
    } else if (el('no').value) {
      el('proof-input').focus();
    }
  }

  function setKind(kind) {
    state.kind = kind;
    document.querySelector('input[name="proof"][value="' + kind + '"]').checked = true;
    var input = el('proof-input');
    input.maxLength = kind === 'code' ? 6 : 4;
    input.inputMode = kind === 'code' ? 'text' : 'numeric';
    input.setAttribute('autocapitalize', kind === 'code' ? 'characters' : 'off');
    el('proof-label').setAttribute('data-i18n', kind === 'code' ? 'track.code.label' : 'track.phone.label');
    el('proof-hint').setAttribute('data-i18n', kind === 'code' ? 'track.code.hint' : 'track.phone.hint');
    delete state.fieldErrors.proof;
    render();
  }

  function search() {
    if (state.loading) {
      return;
    }
    var no = el('no').value.replace(/\s+/g, '').toUpperCase();
    var value = el('proof-input').value.replace(/\s+/g, '').toUpperCase();
    state.fieldErrors = {};
    if (!no) {
      state.fieldErrors.no = 'errors.no.required';
    } else if (!TRACKING_NO.test(no)) {
      state.fieldErrors.no = 'errors.no.format';
    }
    if (state.kind === 'code' && !value) {
      state.fieldErrors.proof = 'errors.code.required';
    } else if (state.kind === 'code' && !CODE.test(value)) {
      state.fieldErrors.proof = 'errors.code.format';
    } else if (state.kind === 'phone' && !PHONE_LAST4.test(value)) {
      state.fieldErrors.proof = 'errors.phone4.format';
    }
    if (state.fieldErrors.no || state.fieldErrors.proof) {
      state.alert = null;
      render();
      el(state.fieldErrors.no ? 'no' : 'proof-input').focus();
      return;
    }
    el('no').value = no;
    load({no: no, kind: state.kind, value: value}, true);
  }

  function load(query, focusResult) {
    state.loading = true;
    state.alert = null;
    render();
    var url = '/api/grievances/' + encodeURIComponent(query.no)
        + (query.kind === 'code' ? '?code=' : '?phoneLast4=') + encodeURIComponent(query.value);
    fetch(url, {headers: {'Accept': 'application/json, application/problem+json'}, credentials: 'same-origin', cache: 'no-store'})
        .then(function (response) {
          if (response.ok) {
            return response.json().then(function (view) {
              state.query = query;
              state.view = view;
              render();
              if (focusResult) {
                el('result-title').focus();
              }
            });
          }
          state.view = null;
          if (response.status === 404) {
            fail('track.notFound');
          } else if (response.status === 429 || response.status === 503) {
            fail(response.status === 429 ? 'errors.busy' : 'errors.unavailable.track',
                {s: S.retryAfter(response, DEFAULT_RETRY_SECONDS)});
          } else {
            fail('errors.server');
          }
          return null;
        }, function () {
          fail('errors.network.track');
        })
        .then(function () {
          state.loading = false;
          render();
        });
  }

  function fail(key, params) {
    state.alert = {key: key, params: params};
    render();
    el('track-alert').focus();
  }

  function clearError(field) {
    if (state.fieldErrors[field]) {
      delete state.fieldErrors[field];
      render();
    }
  }

  // ---- rendering (again on every language switch) -------------------------------------------------

  function render() {
    S.apply(el('track-form'));
    renderErrors();
    var alert = el('track-alert');
    alert.hidden = !state.alert;
    alert.textContent = state.alert ? S.t(state.alert.key, state.alert.params) : '';
    var button = el('track-submit');
    button.disabled = state.loading;
    button.textContent = S.t(state.loading ? 'track.loading' : 'track.submit');
    el('refresh').disabled = state.loading;
    renderResult();
  }

  function renderErrors() {
    [['no', 'no'], ['proof', 'proof-input']].forEach(function (pair) {
      var key = state.fieldErrors[pair[0]];
      el(pair[0] + '-field').classList.toggle('field-invalid', !!key);
      if (key) {
        S.showFieldError(el(pair[1]), el(pair[0] + '-error'), S.t(key));
      } else {
        S.clearFieldError(el(pair[1]), el(pair[0] + '-error'));
      }
    });
  }

  function renderResult() {
    var view = state.view;
    el('result').hidden = !view;
    if (!view) {
      return;
    }
    el('result-no').textContent = view.trackingNo;
    var badge = el('result-status');
    badge.textContent = label(view.status, view.statusLabel);
    badge.setAttribute('data-status', view.status);
    el('result-unit').textContent = view.unit && view.unit.name ? view.unit.name : S.t('track.unitPending');
    el('result-expected-item').hidden = !view.expectedBy || view.status === 'RESOLVED' || view.status === 'CLOSED';
    setTime(el('result-expected'), view.expectedBy);
    setTime(el('result-received'), view.receivedAt);
    setTime(el('result-updated'), view.updatedAt);
    el('result-answer-box').hidden = !view.answer;
    el('result-answer').textContent = view.answer || '';
    renderTimeline(view);
  }

  function renderTimeline(view) {
    var list = el('timeline');
    list.replaceChildren();
    var history = Array.isArray(view.history) ? view.history : [];
    history.forEach(function (entry, index) {
      var current = index === history.length - 1;
      list.appendChild(step(label(entry.status, entry.statusLabel), entry.at, current ? 'step step-current' : 'step step-done', current));
    });
    var at = FLOW.indexOf(view.status);
    if (at >= 0) {
      FLOW.slice(at + 1).filter(function (status) {
        return OPTIONAL.indexOf(status) < 0;
      }).forEach(function (status) {
        list.appendChild(step(label(status, null), null, 'step step-upcoming', false));
      });
    }
  }

  function step(text, at, className, current) {
    var item = document.createElement('li');
    item.className = className;
    if (current) {
      item.setAttribute('aria-current', 'step');
    }
    var name = document.createElement('span');
    name.className = 'step-label';
    name.textContent = text;
    var when = document.createElement('span');
    when.className = 'step-time';
    if (at) {
      var time = document.createElement('time');
      setTime(time, at);
      when.appendChild(time);
    } else {
      when.textContent = S.t('track.upcoming');
    }
    item.append(name, when);
    return item;
  }

  /** The API's own label in Chinese; the dictionary's in English (the API's if it has none). */
  function label(status, apiLabel) {
    if (S.lang() === 'zh-CN' && apiLabel) {
      return apiLabel;
    }
    return S.has('status.' + status) ? S.t('status.' + status) : apiLabel || status;
  }

  function setTime(target, iso) {
    target.textContent = iso ? S.formatTime(iso) : '';
    if (target.tagName === 'TIME' && iso) {
      target.dateTime = iso;
    }
  }

  document.addEventListener('DOMContentLoaded', start);
})();

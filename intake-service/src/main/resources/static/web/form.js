/*
 * The citizen's web form: checks what it can, posts to POST /api/grievances with channel WEB and a
 * client-generated externalId that stays the same for every retry of one submission (a double
 * click or a retry after a lost answer never makes two grievances), shows the server's field
 * errors beside their fields and the receipt when it is accepted.
 */
(function () {
  'use strict';

  var MAX_TEXT = 5000;
  var PENDING_KEY = 'suqiu.pendingSubmission';
  var DEFAULT_RETRY_SECONDS = 10;
  var REQUEST_TIMEOUT_MS = 30000;

  /** Where each field the API names is shown, and the message that says what it wants. */
  var FIELDS = {
    'text': {id: 'text', message: 'errors.text'},
    'address': {id: 'address', message: 'errors.address'},
    'location': {id: 'location', message: 'errors.location'},
    'location.lat': {id: 'location', message: 'errors.location'},
    'location.lng': {id: 'location', message: 'errors.location'},
    'location.crs': {id: 'location', message: 'errors.location'},
    'categoryHint': {id: 'category', message: 'errors.category'},
    'contact.name': {id: 'name', message: 'errors.name'},
    'contact.phone': {id: 'phone', message: 'errors.phone'},
    'contact.email': {id: 'email', message: 'errors.email'}
  };
  var FIELD_ORDER = ['text', 'address', 'location', 'category', 'name', 'phone', 'email'];

  var S = window.Suqiu;
  var el = function (id) {
    return document.getElementById(id);
  };

  var state = {
    externalId: null,
    location: null,
    busy: false,
    retryUntil: 0,
    retryTimer: null,
    fieldErrors: {},   // field id -> {key, params}
    alert: null,       // {key, params, summary}
    locationStatus: null,
    receipt: null,
    copyStatus: null
  };

  function start() {
    var form = el('grievance-form');
    form.addEventListener('submit', onSubmit);
    el('text').addEventListener('input', function () {
      renderCounter();
      if (state.fieldErrors.text) {
        var check = validText();
        if (check.ok) {
          clearError('text');
        } else {
          state.fieldErrors.text = {key: check.key, params: check.params};
          renderFieldErrors(); // the summary above keeps what was wrong when it was sent
        }
      }
    });
    ['address', 'category', 'name', 'phone', 'email'].forEach(function (id) {
      el(id).addEventListener(id === 'category' ? 'change' : 'input', function () {
        if (state.fieldErrors[id]) {
          clearError(id);
        }
      });
    });
    setUpLocation();
    el('copy').addEventListener('click', onCopy);
    el('again').addEventListener('click', startOver);
    S.onLangChange(render);
    render();
  }

  // ---- submitting ---------------------------------------------------------------------------------

  function onSubmit(event) {
    event.preventDefault();
    if (state.busy || Date.now() < state.retryUntil) {
      return; // the second click of a double click, or before Retry-After has passed
    }
    clearAllErrors();
    var text = validText();
    if (!text.ok) {
      showErrors([{field: 'text', key: text.key, params: text.params}]);
      return;
    }
    send(body());
  }

  function validText() {
    var value = el('text').value.trim();
    var n = S.length(value);
    if (n === 0) {
      return {ok: false, key: 'errors.text.required'};
    }
    if (n > MAX_TEXT) {
      return {ok: false, key: 'errors.text.tooLong', params: {n: n, max: MAX_TEXT}};
    }
    return {ok: true};
  }

  function body() {
    var text = el('text').value.trim();
    var contact = {
      name: el('name').value.trim() || undefined,
      phone: el('phone').value.trim() || undefined,
      email: el('email').value.trim() || undefined
    };
    return {
      channel: 'WEB',
      externalId: submissionId(text),
      text: text,
      address: el('address').value.trim() || undefined,
      location: state.location ? {lat: state.location.lat, lng: state.location.lng, crs: 'WGS84'} : undefined,
      categoryHint: el('category').value || undefined,
      contact: contact.name || contact.phone || contact.email ? contact : undefined
    };
  }

  /**
   * The idempotency key of this submission: the same for every try until one is accepted. A
   * submission whose answer was lost before a reload is recognised by its text and keeps its key.
   */
  function submissionId(text) {
    if (!state.externalId) {
      var pending = readPending();
      state.externalId = pending && pending.fp === fingerprint(text) ? pending.id : S.uuid();
    }
    writePending({id: state.externalId, fp: fingerprint(text)});
    return state.externalId;
  }

  function send(payload) {
    setBusy(true);
    // a mobile network can hang without failing: give up after a while, the retry keeps the same key
    var abort = window.AbortController ? new AbortController() : null;
    var timer = abort ? setTimeout(function () {
      abort.abort();
    }, REQUEST_TIMEOUT_MS) : null;
    fetch('/api/grievances', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json'},
      credentials: 'same-origin',
      body: JSON.stringify(payload),
      signal: abort ? abort.signal : undefined
    }).then(answered, function () {
      showAlert('errors.network');
    }).catch(function () {
      showAlert('errors.server');
    }).then(function () {
      clearTimeout(timer);
      setBusy(false);
    });
  }

  function answered(response) {
    if (response.status === 202 || response.status === 200 || response.status === 201) {
      return response.json().then(function (receipt) {
        writePending(null);
        state.externalId = null;
        showReceipt(receipt, response.headers.get('Idempotent-Replayed') === 'true' || !receipt.receiptCode);
      });
    }
    if (response.status === 502 || response.status === 504) {
      showAlert('errors.network'); // a gateway gave up: it may have been stored, so the same key is kept
      return null;
    }
    if (response.status < 500 || response.status === 503) {
      writePending(null); // refused (4xx) or the store unreachable (503): nothing was stored
    }
    if (response.status === 429 || response.status === 503) {
      waitBeforeRetry(S.retryAfter(response, DEFAULT_RETRY_SECONDS), response.status === 429 ? 'errors.busy' : 'errors.unavailable');
      return null;
    }
    if (response.status === 413) {
      showAlert('errors.tooLarge');
      return null;
    }
    if (response.status === 400 || response.status === 422) {
      return S.problemOf(response).then(showProblem);
    }
    showAlert('errors.server');
    return null;
  }

  function showProblem(problem) {
    var errors = [];
    (Array.isArray(problem.errors) ? problem.errors : []).forEach(function (error) {
      var field = FIELDS[error && error.field];
      if (field && !errors.some(function (e) {
        return e.field === field.id;
      })) {
        errors.push({field: field.id, key: field.message});
      }
    });
    if (errors.length) {
      showErrors(errors);
    } else {
      showAlert('errors.invalid');
    }
  }

  /** 429 / 503: says when to try again; the button counts down (the alert is announced once, not every second). */
  function waitBeforeRetry(seconds, key) {
    clearInterval(state.retryTimer);
    state.retryUntil = Date.now() + seconds * 1000;
    state.retryTimer = setInterval(function () {
      if (Date.now() >= state.retryUntil) {
        clearInterval(state.retryTimer);
        state.retryTimer = null;
        state.retryUntil = 0;
        showAlert('retry.ready', null, 'info');
      }
      renderSubmit();
    }, 1000);
    showAlert(key, {s: seconds});
    renderSubmit();
  }

  // ---- errors -------------------------------------------------------------------------------------

  function showErrors(errors) {
    errors.sort(function (a, b) {
      return FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field);
    });
    errors.forEach(function (error) {
      state.fieldErrors[error.field] = {key: error.key, params: error.params};
    });
    state.alert = {summary: errors.map(function (e) {
      return e.field;
    }), tone: 'error'};
    render();
    el('form-alert').focus();
  }

  function showAlert(key, params, tone) {
    state.alert = {key: key, params: params, tone: tone || 'error'};
    renderAlert(true);
  }

  function clearError(field) {
    delete state.fieldErrors[field];
    if (state.alert && state.alert.summary) {
      state.alert.summary = state.alert.summary.filter(function (f) {
        return f !== field;
      });
      if (!state.alert.summary.length) {
        state.alert = null;
      }
    }
    render();
  }

  function clearAllErrors() {
    state.fieldErrors = {};
    if (!state.retryTimer) {
      state.alert = null;
    }
    render();
  }

  // ---- location -----------------------------------------------------------------------------------

  function setUpLocation() {
    if (!('geolocation' in navigator) || !window.isSecureContext) {
      el('locate').hidden = true;
      state.locationStatus = {key: 'location.insecure'};
      return;
    }
    el('locate').addEventListener('click', function () {
      state.locationStatus = {key: 'location.locating'};
      el('locate').disabled = true;
      renderLocation();
      navigator.geolocation.getCurrentPosition(function (position) {
        state.location = {
          lat: Math.round(position.coords.latitude * 1e6) / 1e6,
          lng: Math.round(position.coords.longitude * 1e6) / 1e6,
          accuracy: Math.round(position.coords.accuracy || 0)
        };
        state.locationStatus = {key: 'location.set', params: state.location};
        el('locate').disabled = false;
        clearError('location');
      }, function (error) {
        state.location = null;
        state.locationStatus = {key: error && error.code === 1 ? 'location.denied' : 'location.failed'};
        el('locate').disabled = false;
        renderLocation();
      }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
    });
    el('clear-location').addEventListener('click', function () {
      state.location = null;
      state.locationStatus = null;
      clearError('location');
      el('locate').focus();
    });
  }

  // ---- the receipt --------------------------------------------------------------------------------

  function showReceipt(receipt, replayed) {
    clearInterval(state.retryTimer);
    state.retryTimer = null;
    state.retryUntil = 0;
    state.alert = null;
    state.fieldErrors = {};
    state.copyStatus = null;
    state.receipt = {trackingNo: receipt.trackingNo, code: replayed ? null : receipt.receiptCode};
    el('form-view').hidden = true;
    el('done-view').hidden = false;
    el('done-tracking-no').textContent = receipt.trackingNo;
    el('done-code').textContent = state.receipt.code || '';
    el('done-code-item').hidden = !state.receipt.code;
    el('done-intro').hidden = !state.receipt.code;
    el('done-replayed').hidden = !!state.receipt.code;
    el('done-track').href = '/web/track.html?no=' + encodeURIComponent(receipt.trackingNo)
        + (state.receipt.code ? '#code=' + encodeURIComponent(state.receipt.code) : '');
    render();
    window.scrollTo(0, 0);
    el('done-title').focus();
  }

  function onCopy() {
    var receipt = state.receipt;
    var text = receipt.code ? S.t('done.copyText', {no: receipt.trackingNo, code: receipt.code}) : receipt.trackingNo;
    S.copy(text).then(function (copied) {
      state.copyStatus = copied ? 'done.copied' : 'done.copyFailed';
      renderCopy();
    });
  }

  function startOver() {
    el('grievance-form').reset();
    state.location = null;
    state.locationStatus = null;
    state.receipt = null;
    state.externalId = null;
    el('done-view').hidden = true;
    el('form-view').hidden = false;
    render();
    el('text').focus();
  }

  // ---- rendering (again on every language switch) -------------------------------------------------

  function render() {
    renderCounter();
    renderFieldErrors();
    renderAlert(false);
    renderLocation();
    renderSubmit();
    renderCopy();
  }

  function renderCounter() {
    var n = S.length(el('text').value.trim());
    var counter = el('text-count');
    counter.textContent = S.t('text.count', {n: n, max: MAX_TEXT});
    counter.classList.toggle('counter-over', n > MAX_TEXT);
  }

  function renderFieldErrors() {
    FIELD_ORDER.forEach(function (field) {
      var input = field === 'location' ? el('locate') : el(field);
      var error = state.fieldErrors[field];
      el(field + '-field').classList.toggle('field-invalid', !!error);
      if (error) {
        S.showFieldError(input, el(field + '-error'), S.t(error.key, error.params));
      } else {
        S.clearFieldError(input, el(field + '-error'));
      }
    });
  }

  function renderAlert(announce) {
    var box = el('form-alert');
    var alert = state.alert;
    box.replaceChildren();
    if (!alert) {
      box.hidden = true;
      return;
    }
    box.className = 'alert ' + (alert.tone === 'info' ? 'alert-info' : 'alert-error');
    if (alert.summary) {
      var title = document.createElement('p');
      title.className = 'alert-title';
      title.textContent = S.t('errors.summary');
      var list = document.createElement('ul');
      alert.summary.forEach(function (field) {
        var error = state.fieldErrors[field];
        if (!error) {
          return;
        }
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = '#' + (field === 'location' ? 'locate' : field);
        link.textContent = S.t(error.key, error.params);
        link.addEventListener('click', function (e) {
          e.preventDefault();
          (field === 'location' ? el('locate') : el(field)).focus();
        });
        item.appendChild(link);
        list.appendChild(item);
      });
      box.append(title, list);
    } else {
      box.textContent = S.t(alert.key, alert.params);
    }
    box.hidden = false;
    if (announce) {
      box.focus();
    }
  }

  function renderLocation() {
    var status = state.locationStatus;
    el('location-status').textContent = status ? S.t(status.key, status.params) : '';
    el('location-status').classList.toggle('status-ok', !!state.location);
    el('clear-location').hidden = !state.location;
    el('locate-label').textContent = S.t(status && status.key === 'location.locating' ? 'location.locating' : 'location.use');
  }

  function renderSubmit() {
    var button = el('submit');
    var wait = Math.ceil((state.retryUntil - Date.now()) / 1000);
    button.textContent = state.busy ? S.t('submitting') : wait > 0 ? S.t('submit.wait', {s: wait}) : S.t('submit');
    button.disabled = state.busy || wait > 0;
    button.setAttribute('aria-busy', state.busy ? 'true' : 'false');
  }

  function renderCopy() {
    if (!state.receipt) {
      return;
    }
    el('copy').textContent = S.t(state.receipt.code ? 'done.copy' : 'done.copyNo');
    el('copy-status').textContent = state.copyStatus ? S.t(state.copyStatus) : '';
  }

  function setBusy(busy) {
    state.busy = busy;
    el('grievance-form').setAttribute('aria-busy', busy ? 'true' : 'false');
    renderSubmit();
  }

  // ---- the pending submission, kept for this tab only ---------------------------------------------

  function readPending() {
    try {
      return JSON.parse(window.sessionStorage.getItem(PENDING_KEY) || 'null');
    } catch (e) {
      return null;
    }
  }

  function writePending(pending) {
    try {
      if (pending) {
        window.sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
      } else {
        window.sessionStorage.removeItem(PENDING_KEY);
      }
    } catch (e) {
      // storage blocked: retries within this page still use the same key
    }
  }

  /** A short hash of the text (not the text itself: nothing personal is kept on the device). */
  function fingerprint(text) {
    var h1 = 0xdeadbeef, h2 = 0x41c6ce57;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16) + (h1 >>> 0).toString(16);
  }

  document.addEventListener('DOMContentLoaded', start);
})();

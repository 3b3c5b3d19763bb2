/*
 * Suqiu citizen pages, shared part: one dictionary per language (Chinese first, English on
 * request, the choice remembered on this device), small DOM helpers and the reading of the
 * API's problem+json answers. Plain script, no build step, no third-party code.
 */
(function () {
  'use strict';

  var STORAGE_KEY = 'suqiu.lang';
  var DEFAULT_LANG = 'zh-CN';

  var dictionaries = {
    'zh-CN': {
      'site.name': '市民诉求服务平台',
      'skip': '跳到主要内容',
      'nav.label': '主要页面',
      'nav.submit': '提交诉求',
      'nav.track': '查询进度',
      'lang.toggle': 'English',
      'lang.toggleLabel': 'Switch to English',
      'lang.toggleLang': 'en',
      'footer.emergency': '紧急情况请直接拨打 110、119、120，本平台不受理紧急求助。',
      'footer.hotline': '也可以拨打 12345 政务服务便民热线。',
      'noscript': '本页面需要启用 JavaScript。您也可以拨打 12345 热线反映诉求。',
      'required': '必填',
      'optional': '选填',

      'form.pageTitle': '提交诉求 · 市民诉求服务平台',
      'form.title': '提交诉求',
      'form.intro': '请写下您遇到的问题或建议。我们会登记并转交负责的部门办理，您可以随时查询办理进度。',
      'text.label': '诉求内容',
      'text.hint': '请写清楚发生了什么、在哪里、从什么时候开始。',
      'text.count': '{n} / {max} 字',
      'address.label': '地址',
      'address.hint': '问题发生的地点，例如：南湖区某某路 88 号小区门口。',
      'location.legend': '位置',
      'location.hint': '在现场时可以附上手机定位，便于找到准确地点。',
      'location.use': '使用我的位置',
      'location.locating': '正在定位…',
      'location.set': '已附上位置：纬度 {lat}，经度 {lng}（误差约 {acc} 米）',
      'location.clear': '移除位置',
      'location.denied': '未获得定位权限，无法附上位置。您可以只填写地址。',
      'location.failed': '暂时无法获取位置，请稍后再试，或只填写地址。',
      'location.insecure': '当前连接不支持定位，请填写地址。',
      'category.label': '类别',
      'category.hint': '不确定时可以不选，工作人员会帮您分类。',
      'category.none': '不确定，由工作人员分类',
      'cat.城乡建设': '城乡建设',
      'cat.劳动和社会保障': '劳动和社会保障',
      'cat.教育文体': '教育文体',
      'cat.商贸旅游': '商贸旅游',
      'cat.环境保护': '环境保护',
      'cat.卫生计生': '卫生计生',
      'cat.交通运输': '交通运输',
      'contact.legend': '联系方式',
      'contact.hint': '均为选填。留下电话，承办部门可以联系您，您也可以用电话后 4 位查询进度。',
      'contact.privacy': '您的姓名、电话和邮箱加密保存，只用于办理和答复这件诉求；工作人员看到的是部分隐藏后的信息，不会公开。',
      'name.label': '姓名',
      'phone.label': '电话',
      'email.label': '电子邮箱',
      'submit': '提交诉求',
      'submitting': '正在提交…',
      'submit.wait': '{s} 秒后可以重新提交',

      'errors.summary': '请修改以下内容后再提交：',
      'errors.text.required': '请填写诉求内容',
      'errors.text.tooLong': '诉求内容不能超过 {max} 字，现在是 {n} 字',
      'errors.text': '诉求内容有误，请检查',
      'errors.address': '地址不能超过 500 字',
      'errors.name': '姓名不能超过 50 字',
      'errors.phone': '请填写正确的电话号码：5 到 20 位数字，可以包含 + 和 -',
      'errors.email': '请填写正确的电子邮箱地址，例如 name@example.com',
      'errors.location': '位置无效，请移除后重新获取',
      'errors.category': '请从列表中选择类别',
      'errors.invalid': '提交的内容无法受理，请检查后再试。',
      'errors.tooLarge': '内容太多了，请精简后再提交。',
      'errors.busy': '现在提交的人较多，请 {s} 秒后再试。',
      'errors.unavailable': '系统暂时无法受理，请 {s} 秒后再试。您的诉求还没有提交成功。',
      'errors.network': '网络连接中断，无法确认是否提交成功。请检查网络后再点一次“提交诉求”，同一件诉求不会重复登记。',
      'errors.server': '系统出错了，请稍后再试。',
      'retry.ready': '现在可以重新提交了。',

      'done.title': '诉求已受理',
      'done.intro': '请记下或截图保存受理编号和查询码，查询办理进度时需要用到。查询码只显示这一次。',
      'done.trackingNo': '受理编号',
      'done.code': '查询码',
      'done.copy': '复制编号和查询码',
      'done.copyNo': '复制受理编号',
      'done.copied': '已复制',
      'done.copyFailed': '无法复制，请手动记下',
      'done.copyText': '受理编号：{no}  查询码：{code}',
      'done.next': '接下来，您的诉求会转交负责的部门办理，每一步进展都会显示在查询页面上。',
      'done.replayed': '这件诉求之前已经提交成功。查询码只在第一次提交成功时显示；如果您留了电话，可以用电话后 4 位查询进度。',
      'done.track': '查看办理进度',
      'done.again': '再提交一件诉求',

      'track.pageTitle': '查询办理进度 · 市民诉求服务平台',
      'track.title': '查询办理进度',
      'track.intro': '请输入受理编号，以及查询码或您留下的电话号码后 4 位。',
      'track.no.label': '受理编号',
      'track.no.hint': '例如 SQ20261122K7F3QX',
      'track.proof.legend': '验证方式',
      'track.proof.code': '查询码',
      'track.proof.phone': '电话后 4 位',
      'track.code.label': '查询码',
      'track.code.hint': '提交成功时显示的 6 位字母或数字',
      'track.phone.label': '电话号码后 4 位',
      'track.phone.hint': '提交诉求时留下的电话',
      'track.submit': '查询',
      'track.loading': '正在查询…',
      'track.refresh': '刷新进度',
      'track.notFound': '没有找到这件诉求，或者查询码、电话后 4 位不正确。请核对后再试。',
      'track.result': '受理编号',
      'track.status': '当前状态',
      'track.unit': '承办单位',
      'track.expectedBy': '应办结时间',
      'track.receivedAt': '受理时间',
      'track.updatedAt': '最近更新',
      'track.answer': '答复',
      'track.timeline': '办理过程',
      'track.upcoming': '待进行',
      'track.unitPending': '待派单',
      'track.submitLink': '还没有提交？去提交诉求',
      'errors.unavailable.track': '系统暂时无法查询，请 {s} 秒后再试。',
      'errors.network.track': '网络连接中断，请检查网络后再试。',
      'errors.no.required': '请填写受理编号',
      'errors.no.format': '受理编号是 SQ 加 14 位数字和字母，例如 SQ20261122K7F3QX',
      'errors.code.required': '请填写查询码',
      'errors.code.format': '查询码是 6 位字母或数字',
      'errors.phone4.format': '请填写电话号码的后 4 位数字',

      'status.RECEIVED': '已受理',
      'status.IN_TRIAGE': '分拨中',
      'status.ASSIGNED': '已派单',
      'status.ACCEPTED': '已签收',
      'status.IN_PROGRESS': '办理中',
      'status.RESOLVED': '已办结',
      'status.CLOSED': '已结案'
    },
    'en': {
      'site.name': 'Citizen Request Service',
      'skip': 'Skip to main content',
      'nav.label': 'Main pages',
      'nav.submit': 'Submit a request',
      'nav.track': 'Track a request',
      'lang.toggle': '中文',
      'lang.toggleLabel': '切换到中文',
      'lang.toggleLang': 'zh-CN',
      'footer.emergency': 'In an emergency call 110, 119 or 120: this service does not handle emergencies.',
      'footer.hotline': 'You can also call the 12345 government service hotline.',
      'noscript': 'This page needs JavaScript. You can also call the 12345 hotline.',
      'required': 'required',
      'optional': 'optional',

      'form.pageTitle': 'Submit a request · Citizen Request Service',
      'form.title': 'Submit a request',
      'form.intro': 'Tell us about a problem or make a suggestion. We register it, pass it to the department responsible, and you can follow its progress at any time.',
      'text.label': 'Your request',
      'text.hint': 'Say what happened, where, and since when.',
      'text.count': '{n} / {max} characters',
      'address.label': 'Address',
      'address.hint': 'Where it happens, e.g. the gate of the estate at No. 88, … Road, Nanhu District.',
      'location.legend': 'Location',
      'location.hint': 'If you are on the spot, attach your phone\'s location so the place can be found exactly.',
      'location.use': 'Use my location',
      'location.locating': 'Finding your location…',
      'location.set': 'Location attached: latitude {lat}, longitude {lng} (within about {acc} m)',
      'location.clear': 'Remove location',
      'location.denied': 'Location permission was not given, so no location is attached. You can type the address instead.',
      'location.failed': 'Your location could not be found. Try again later, or type the address.',
      'location.insecure': 'Location is not available on this connection; please type the address.',
      'category.label': 'Category',
      'category.hint': 'If you are not sure, leave it: staff will choose.',
      'category.none': 'Not sure: staff will choose',
      'cat.城乡建设': 'Urban and rural development',
      'cat.劳动和社会保障': 'Labour and social security',
      'cat.教育文体': 'Education, culture and sports',
      'cat.商贸旅游': 'Commerce and tourism',
      'cat.环境保护': 'Environmental protection',
      'cat.卫生计生': 'Health and family planning',
      'cat.交通运输': 'Transport',
      'contact.legend': 'How to reach you',
      'contact.hint': 'All optional. With a phone number the department can call you, and you can track the request with its last 4 digits.',
      'contact.privacy': 'Your name, phone and e-mail are stored encrypted and used only to handle and answer this request; staff see them partly hidden, and they are never published.',
      'name.label': 'Name',
      'phone.label': 'Phone',
      'email.label': 'E-mail',
      'submit': 'Submit request',
      'submitting': 'Submitting…',
      'submit.wait': 'You can submit again in {s} s',

      'errors.summary': 'Please correct the following:',
      'errors.text.required': 'Please describe your request',
      'errors.text.tooLong': 'Your request can be at most {max} characters; it is {n} now',
      'errors.text': 'Please check your request',
      'errors.address': 'The address can be at most 500 characters',
      'errors.name': 'The name can be at most 50 characters',
      'errors.phone': 'Enter a valid phone number: 5 to 20 digits, may include + and -',
      'errors.email': 'Enter a valid e-mail address, like name@example.com',
      'errors.location': 'The location is not valid; remove it and try again',
      'errors.category': 'Choose a category from the list',
      'errors.invalid': 'The request could not be accepted; please check it and try again.',
      'errors.tooLarge': 'That is too much text; please shorten it.',
      'errors.busy': 'Many people are submitting right now. Please try again in {s} s.',
      'errors.unavailable': 'The service cannot take requests right now. Please try again in {s} s. Your request has not been submitted yet.',
      'errors.network': 'The connection dropped, so we could not confirm your submission. Check your connection and press Submit again: the same request is never registered twice.',
      'errors.server': 'Something went wrong on our side. Please try again later.',
      'retry.ready': 'You can submit again now.',

      'done.title': 'Request received',
      'done.intro': 'Write down or take a screenshot of the tracking number and code: you need them to follow your request. The code is shown only this once.',
      'done.trackingNo': 'Tracking number',
      'done.code': 'Code',
      'done.copy': 'Copy number and code',
      'done.copyNo': 'Copy tracking number',
      'done.copied': 'Copied',
      'done.copyFailed': 'Could not copy; please write it down',
      'done.copyText': 'Tracking number: {no}  Code: {code}',
      'done.next': 'Next, your request goes to the department responsible; every step shows on the tracking page.',
      'done.replayed': 'This request had already been submitted. The code is shown only after the first successful submission; if you gave a phone number, track it with the last 4 digits.',
      'done.track': 'Follow its progress',
      'done.again': 'Submit another request',

      'track.pageTitle': 'Track a request · Citizen Request Service',
      'track.title': 'Track a request',
      'track.intro': 'Enter the tracking number and the code, or the last 4 digits of the phone number you gave.',
      'track.no.label': 'Tracking number',
      'track.no.hint': 'For example SQ20261122K7F3QX',
      'track.proof.legend': 'Verify with',
      'track.proof.code': 'Code',
      'track.proof.phone': 'Last 4 digits of phone',
      'track.code.label': 'Code',
      'track.code.hint': 'The 6 letters or digits shown when you submitted',
      'track.phone.label': 'Last 4 digits of your phone',
      'track.phone.hint': 'The phone number you gave with the request',
      'track.submit': 'Search',
      'track.loading': 'Searching…',
      'track.refresh': 'Refresh',
      'track.notFound': 'No request was found, or the code or phone digits are wrong. Please check and try again.',
      'track.result': 'Tracking number',
      'track.status': 'Status',
      'track.unit': 'Handled by',
      'track.expectedBy': 'Due by',
      'track.receivedAt': 'Received',
      'track.updatedAt': 'Last update',
      'track.answer': 'Answer',
      'track.timeline': 'Progress',
      'track.upcoming': 'Not yet',
      'track.unitPending': 'Not assigned yet',
      'track.submitLink': 'Nothing submitted yet? Submit a request',
      'errors.unavailable.track': 'Tracking is not available right now. Please try again in {s} s.',
      'errors.network.track': 'The connection dropped. Check your connection and try again.',
      'errors.no.required': 'Enter the tracking number',
      'errors.no.format': 'A tracking number is SQ followed by 14 digits and letters, like SQ20261122K7F3QX',
      'errors.code.required': 'Enter the code',
      'errors.code.format': 'The code is 6 letters or digits',
      'errors.phone4.format': 'Enter the last 4 digits of your phone number',

      'status.RECEIVED': 'Received',
      'status.IN_TRIAGE': 'Being routed',
      'status.ASSIGNED': 'Assigned to a department',
      'status.ACCEPTED': 'Accepted by the department',
      'status.IN_PROGRESS': 'In progress',
      'status.RESOLVED': 'Answered',
      'status.CLOSED': 'Closed'
    }
  };

  var listeners = [];
  var current = initialLang();

  function storedLang() {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch (e) {
      return null; // storage blocked (private mode): the choice lasts for this page only
    }
  }

  function initialLang() {
    var asked = new URLSearchParams(window.location.search).get('lang');
    if (asked && dictionaries[normalise(asked)]) {
      remember(normalise(asked));
      return normalise(asked);
    }
    var stored = storedLang();
    return stored && dictionaries[stored] ? stored : DEFAULT_LANG;
  }

  function normalise(lang) {
    return /^en/i.test(lang) ? 'en' : /^zh/i.test(lang) ? 'zh-CN' : lang;
  }

  function remember(lang) {
    try {
      window.localStorage.setItem(STORAGE_KEY, lang);
    } catch (e) {
      // nothing to do: see storedLang
    }
  }

  /** The text for a key in the current language, with {name} placeholders filled. */
  function t(key, params) {
    var text = dictionaries[current][key];
    if (text === undefined) {
      text = dictionaries[DEFAULT_LANG][key];
    }
    if (text === undefined) {
      return key;
    }
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return params && params[name] !== undefined ? String(params[name]) : all;
    });
  }

  function has(key) {
    return dictionaries[current][key] !== undefined;
  }

  /** Writes the current language into every data-i18n* element under root. */
  function apply(root) {
    var scope = root || document;
    document.documentElement.lang = current;
    scope.querySelectorAll('[data-i18n]').forEach(function (el) {
      el.textContent = t(el.getAttribute('data-i18n'));
    });
    ['placeholder', 'aria-label', 'title'].forEach(function (attribute) {
      scope.querySelectorAll('[data-i18n-' + attribute + ']').forEach(function (el) {
        el.setAttribute(attribute, t(el.getAttribute('data-i18n-' + attribute)));
      });
    });
    document.querySelectorAll('[data-lang-toggle]').forEach(function (button) {
      button.textContent = t('lang.toggle');
      button.setAttribute('lang', t('lang.toggleLang'));
      button.setAttribute('aria-label', t('lang.toggleLabel'));
    });
  }

  function setLang(lang) {
    current = dictionaries[lang] ? lang : DEFAULT_LANG;
    remember(current);
    apply(document);
    listeners.forEach(function (listener) {
      listener(current);
    });
  }

  /** Code points, as the server counts them (an emoji is one character, not two). */
  function length(text) {
    var n = 0;
    for (var ignored of text) {
      n++;
    }
    return n;
  }

  /** A random UUID, also where crypto.randomUUID is missing (it needs a secure context). */
  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    var bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) {
      return (b + 0x100).toString(16).slice(1);
    }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  /** The body of a problem+json answer, or {} when there is none. */
  function problemOf(response) {
    var type = response.headers.get('Content-Type') || '';
    if (type.indexOf('json') < 0) {
      return Promise.resolve({});
    }
    return response.json().catch(function () {
      return {};
    });
  }

  /** Seconds from a Retry-After header (seconds or an HTTP date), or the fallback. */
  function retryAfter(response, fallback) {
    var value = (response.headers.get('Retry-After') || '').trim();
    if (/^\d+$/.test(value)) {
      return Math.max(1, parseInt(value, 10));
    }
    var date = Date.parse(value);
    if (!isNaN(date)) {
      return Math.max(1, Math.ceil((date - Date.now()) / 1000));
    }
    return fallback;
  }

  /** A date and time as people in China read it (Asia/Shanghai), in the page's language. */
  function formatTime(iso, withTime) {
    if (!iso) {
      return '';
    }
    var options = {timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: 'numeric'};
    if (withTime !== false) {
      options.hour = '2-digit';
      options.minute = '2-digit';
      options.hourCycle = 'h23';
    }
    try {
      return new Intl.DateTimeFormat(current, options).format(new Date(iso));
    } catch (e) {
      return iso;
    }
  }

  /** Copies text to the clipboard; resolves true when it worked. */
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () {
        return true;
      }, function () {
        return legacyCopy(text);
      });
    }
    return Promise.resolve(legacyCopy(text));
  }

  function legacyCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var done = false;
    try {
      done = document.execCommand('copy');
    } catch (e) {
      done = false;
    }
    document.body.removeChild(area);
    return done;
  }

  /** Shows a message beside a field: linked for screen readers, the field marked invalid. */
  function showFieldError(input, errorElement, message) {
    errorElement.textContent = message;
    errorElement.hidden = false;
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      var ids = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      if (ids.indexOf(errorElement.id) < 0) {
        ids.unshift(errorElement.id);
        input.setAttribute('aria-describedby', ids.join(' '));
      }
    }
  }

  function clearFieldError(input, errorElement) {
    errorElement.textContent = '';
    errorElement.hidden = true;
    if (input) {
      input.removeAttribute('aria-invalid');
      var ids = (input.getAttribute('aria-describedby') || '').split(/\s+/)
          .filter(function (id) {
            return id && id !== errorElement.id;
          });
      if (ids.length) {
        input.setAttribute('aria-describedby', ids.join(' '));
      } else {
        input.removeAttribute('aria-describedby');
      }
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    apply(document);
    document.querySelectorAll('[data-lang-toggle]').forEach(function (button) {
      button.addEventListener('click', function () {
        setLang(current === 'en' ? 'zh-CN' : 'en');
      });
    });
  });

  window.Suqiu = {
    t: t,
    has: has,
    lang: function () {
      return current;
    },
    setLang: setLang,
    onLangChange: function (listener) {
      listeners.push(listener);
    },
    apply: apply,
    length: length,
    uuid: uuid,
    problemOf: problemOf,
    retryAfter: retryAfter,
    formatTime: formatTime,
    copy: copy,
    showFieldError: showFieldError,
    clearFieldError: clearFieldError
  };
})();

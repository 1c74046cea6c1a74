/*
 * Backcast's one script. No inline scripts or handlers anywhere: everything is wired here from
 * data- attributes, so a strict Content-Security-Policy (script-src 'self') holds.
 *
 *  [data-open="dialog-id"]        opens a <dialog>;  [data-close] closes the one it is in
 *  form[data-api-method][data-api-path]   submits JSON to the REST API (path below its base)
 *      inputs: name + data-type (text | int | number | date | bool | ids), data-field (error fields)
 *      lists:  [data-list="prop"] holding [data-row]s whose inputs carry data-key; a <template
 *              data-row-template> adds rows ([data-add-row]); [data-remove-row] removes one
 *      data-preserve: JSON merged into the body (fields the form does not edit)
 *  [data-delete="/path"][data-confirm="question"]   asks, then DELETEs
 *  form[data-api-result="share-link"]   a new share link: its token is shown once, as an address
 *      (origin + [data-share-made]'s data-status-base + token) in the [data-share-made] dialog;
 *      the page reloads when that dialog closes. [data-copy="input-id"] copies an input's value.
 *  data-type="instant": a datetime-local input, sent as an ISO instant in the browser's time zone
 * On 4xx the API answers {status, message, field}: the message is shown next to the input whose
 * data-field names that field, which is marked aria-invalid and focused. On success the page reloads.
 */
(function () {
  'use strict';

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : '';
  }

  var REST = meta('backcast-rest');
  var CSRF_HEADER = meta('backcast-csrf-header');
  var CSRF_TOKEN = meta('backcast-csrf-token');
  var idCounter = 0;

  function message(name, fallback) {
    var value = document.body.getAttribute('data-msg-' + name);
    return value || fallback;
  }

  function headers(withBody) {
    var h = { 'Accept': 'application/json' };
    if (withBody) {
      h['Content-Type'] = 'application/json';
    }
    if (CSRF_HEADER) {
      h[CSRF_HEADER] = CSRF_TOKEN;
    }
    return h;
  }

  function call(method, path, body) {
    return fetch(REST + path, {
      method: method,
      headers: headers(body !== undefined),
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) {
        return response.text().then(function (text) {
          var body = null;
          try {
            body = text ? JSON.parse(text) : null;
          } catch (ignored) {
            body = null;
          }
          return { ok: true, body: body };
        });
      }
      return response.text().then(function (text) {
        var error = null;
        try {
          error = JSON.parse(text);
        } catch (ignored) {
          error = null;
        }
        if (!error || typeof error !== 'object') {
          error = { status: response.status, message: '', field: null };
        }
        if (!error.message) {
          error.message = response.status === 401 ? message('login', 'Log in again.') : message('failed', 'That did not work.');
        }
        if (response.status === 401) {
          error.message = message('login', error.message);
        }
        return { ok: false, error: error };
      });
    }, function () {
      return { ok: false, error: { status: 0, message: message('network', 'The server could not be reached.'), field: null } };
    });
  }

  /* ---- reading a form into the JSON an Inputs record expects ---- */

  function valueOf(input) {
    var type = input.getAttribute('data-type') || 'text';
    if (type === 'bool') {
      return input.checked;
    }
    var raw = input.value == null ? '' : String(input.value);
    if (type === 'text') {
      raw = raw.trim();
      return raw === '' ? null : raw;
    }
    if (raw.trim() === '') {
      return null;
    }
    if (type === 'int') {
      var i = Number(raw);
      return Number.isFinite(i) ? Math.trunc(i) : raw;
    }
    if (type === 'number') {
      var n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
    if (type === 'instant') {
      var when = new Date(raw); /* yyyy-mm-ddThh:mm from <input type=datetime-local>: local time */
      return isNaN(when.getTime()) ? raw : when.toISOString();
    }
    return raw; /* date: ISO yyyy-mm-dd from <input type=date> */
  }

  function readForm(form) {
    var body = {};
    var preserve = form.getAttribute('data-preserve');
    if (preserve) {
      try {
        var kept = JSON.parse(preserve);
        Object.keys(kept).forEach(function (key) { body[key] = kept[key]; });
      } catch (ignored) { /* nothing to keep */ }
    }
    Array.prototype.forEach.call(form.querySelectorAll('[name][data-type]'), function (input) {
      if (input.closest('[data-list]') || input.closest('template')) {
        return;
      }
      var name = input.getAttribute('name');
      if (input.getAttribute('data-type') === 'ids') {
        if (!Array.isArray(body[name])) {
          body[name] = [];
        }
        if (input.checked) {
          body[name].push(Number(input.value));
        }
        return;
      }
      body[name] = valueOf(input);
    });
    Array.prototype.forEach.call(form.querySelectorAll('[data-list]'), function (list) {
      var rows = [];
      Array.prototype.forEach.call(list.querySelectorAll('[data-rows] > [data-row]'), function (row) {
        var item = {};
        var empty = true;
        Array.prototype.forEach.call(row.querySelectorAll('[data-key]'), function (input) {
          var value = valueOf(input);
          item[input.getAttribute('data-key')] = value;
          if (value !== null && input.tagName !== 'SELECT') {
            empty = false;
          }
          if (value !== null && input.tagName === 'SELECT' && input.getAttribute('data-key') === 'predecessorId') {
            empty = false;
          }
        });
        if (!empty) {
          rows.push(item);
        }
      });
      body[list.getAttribute('data-list')] = rows;
    });
    return body;
  }

  /* ---- errors ---- */

  function ensureId(el, prefix) {
    if (!el.id) {
      idCounter += 1;
      el.id = prefix + '-' + idCounter;
    }
    return el.id;
  }

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid="true"]'), function (el) {
      el.removeAttribute('aria-invalid');
    });
    Array.prototype.forEach.call(form.querySelectorAll('.bc-field-error'), function (el) {
      var owner = document.getElementById(el.getAttribute('data-error-of'));
      if (owner) {
        var ids = (owner.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) { return id && id !== el.id; });
        if (ids.length) {
          owner.setAttribute('aria-describedby', ids.join(' '));
        } else {
          owner.removeAttribute('aria-describedby');
        }
      }
      el.parentNode.removeChild(el);
    });
    var formError = form.querySelector('[data-form-error]');
    if (formError) {
      formError.textContent = '';
    }
  }

  function findTarget(form, field) {
    if (!field) {
      return null;
    }
    var all = form.querySelectorAll('[data-field]');
    var i;
    for (i = 0; i < all.length; i++) {
      if ((' ' + all[i].getAttribute('data-field') + ' ').indexOf(' ' + field + ' ') >= 0 && !all[i].closest('template')) {
        return all[i];
      }
    }
    /* the JSON reader names bare properties ("neededBy"): match the input of that name */
    var last = field.split('.').pop();
    for (i = 0; i < all.length; i++) {
      var el = all[i];
      if (el.closest('template')) {
        continue;
      }
      if (el.getAttribute('name') === last || el.getAttribute('data-key') === last || el.getAttribute('data-list') === last) {
        return el;
      }
    }
    return null;
  }

  function labelOf(el) {
    var label = null;
    if (el.tagName === 'FIELDSET') {
      label = el.querySelector('legend');
    } else if (el.id) {
      label = el.ownerDocument.querySelector('label[for="' + el.id + '"]');
    }
    if (!label) {
      label = el.closest('label');
    }
    if (!label) {
      return '';
    }
    var span = label.querySelector(':scope > span:not(.bc-required)');
    var text = (span && el.tagName !== 'FIELDSET' && label.contains(el) ? span.textContent : label.textContent) || '';
    return text.replace('*', '').trim();
  }

  /* "outcome.phrase must be …" next to the Phrase input reads "Phrase: must be …" */
  function readable(error, target) {
    var text = error.message || '';
    if (error.field && text.indexOf(error.field + ' ') === 0) {
      text = text.substring(error.field.length + 1);
    }
    var label = target && target.tagName !== 'FIELDSET' ? labelOf(target) : ''; /* a fieldset's legend is just above */
    return label ? label.replace(/[:\s]+$/, '') + ': ' + text : text;
  }

  function showError(form, error) {
    var target = findTarget(form, error.field);
    var text = readable(error, target);
    if (!target) {
      var formError = form.querySelector('[data-form-error]');
      if (formError) {
        formError.textContent = text;
        formError.setAttribute('tabindex', '-1');
        formError.focus();
      } else {
        window.alert(text);
      }
      return;
    }
    var note = document.createElement('p');
    note.className = 'bc-field-error';
    note.setAttribute('aria-live', 'assertive');
    note.setAttribute('data-error-of', ensureId(target, 'bc-input'));
    ensureId(note, 'bc-error');
    note.textContent = text;
    if (target.tagName === 'FIELDSET') {
      var legend = target.querySelector('legend');
      legend.parentNode.insertBefore(note, legend.nextSibling);
    } else {
      var holder = target.closest('label') || target;
      holder.parentNode.insertBefore(note, holder.nextSibling);
    }
    target.setAttribute('aria-invalid', 'true');
    var described = (target.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    described.push(note.id);
    target.setAttribute('aria-describedby', described.join(' '));
    var focusable = target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea');
    if (focusable) {
      focusable.focus();
    }
  }

  function pageMessage(text) {
    var box = document.querySelector('[data-page-message]');
    if (box) {
      box.textContent = text;
      box.scrollIntoView({ block: 'nearest' });
    } else {
      window.alert(text);
    }
  }

  /* ---- wiring ---- */

  function busy(button, on, label) {
    if (!button) {
      return;
    }
    if (on) {
      button.setAttribute('data-label', button.textContent);
      button.textContent = label;
      button.disabled = true;
    } else {
      button.textContent = button.getAttribute('data-label') || button.textContent;
      button.disabled = false;
    }
  }

  function onSubmit(event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[data-api-method]')) {
      return;
    }
    event.preventDefault();
    clearErrors(form);
    var submit = form.querySelector('[type="submit"]');
    busy(submit, true, message('saving', 'Saving…'));
    call(form.getAttribute('data-api-method'), form.getAttribute('data-api-path'), readForm(form)).then(function (result) {
      if (result.ok && form.getAttribute('data-api-result') === 'share-link' && result.body && result.body.token) {
        var dialog = form.closest('dialog');
        if (dialog) {
          dialog.close();
        }
        showShareLink(result.body.token);
        return;
      }
      if (result.ok) {
        window.location.reload();
        return;
      }
      busy(submit, false);
      showError(form, result.error);
    });
  }

  /* The token exists only here and in the address shown: never stored, never logged. */
  function showShareLink(token) {
    var dialog = document.querySelector('[data-share-made]');
    var input = dialog && dialog.querySelector('[data-share-url]');
    if (!dialog || !input || typeof dialog.showModal !== 'function') {
      window.prompt('', window.location.origin + (dialog ? dialog.getAttribute('data-status-base') : '/s/') + token);
      window.location.reload();
      return;
    }
    input.value = window.location.origin + dialog.getAttribute('data-status-base') + token;
    dialog.reloadOnClose = true;
    dialog.showModal();
    input.focus();
    input.select();
  }

  function copy(button) {
    var input = document.getElementById(button.getAttribute('data-copy'));
    if (!input) {
      return;
    }
    var status = button.closest('dialog') && button.closest('dialog').querySelector('[data-copied]');
    function done() {
      if (status) {
        status.textContent = status.getAttribute('data-copied');
      }
    }
    input.focus();
    input.select();
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      navigator.clipboard.writeText(input.value).then(done, function () {
        if (document.execCommand('copy')) {
          done();
        }
      });
    } else if (document.execCommand('copy')) {
      done();
    }
  }

  function addRow(list) {
    var template = list.querySelector('template[data-row-template]');
    var rows = list.querySelector('[data-rows]');
    if (!template || !rows) {
      return;
    }
    var fragment = template.content.cloneNode(true);
    var row = fragment.querySelector('[data-row]');
    rows.appendChild(fragment);
    var first = row && row.querySelector('input, select, textarea');
    if (first) {
      first.focus();
    }
  }

  function removeRow(button) {
    var row = button.closest('[data-row]');
    var list = button.closest('[data-list]');
    if (!row) {
      return;
    }
    row.parentNode.removeChild(row);
    var add = list && list.querySelector('[data-add-row]');
    if (add) {
      add.focus();
    }
  }

  function onClick(event) {
    var el = event.target.closest('[data-open], [data-close], [data-add-row], [data-remove-row], [data-delete], [data-copy]');
    if (!el) {
      return;
    }
    if (el.hasAttribute('data-open')) {
      var dialog = document.getElementById(el.getAttribute('data-open'));
      if (dialog && typeof dialog.showModal === 'function') {
        dialog.returnFocusTo = el;
        dialog.showModal();
        var first = dialog.querySelector('input:not([type=hidden]), select, textarea');
        if (first) {
          first.focus();
        }
      }
    } else if (el.hasAttribute('data-close')) {
      var open = el.closest('dialog');
      if (open) {
        open.close();
      }
    } else if (el.hasAttribute('data-copy')) {
      copy(el);
    } else if (el.hasAttribute('data-add-row')) {
      addRow(el.closest('[data-list]'));
    } else if (el.hasAttribute('data-remove-row')) {
      removeRow(el);
    } else if (el.hasAttribute('data-delete')) {
      if (!window.confirm(el.getAttribute('data-confirm') || '')) {
        return;
      }
      busy(el, true, message('deleting', 'Deleting…'));
      call('DELETE', el.getAttribute('data-delete')).then(function (result) {
        if (result.ok) {
          window.location.reload();
          return;
        }
        busy(el, false);
        pageMessage(result.error.message);
      });
    }
  }

  function onClose(event) {
    var dialog = event.target;
    if (dialog.tagName === 'DIALOG' && dialog.reloadOnClose) {
      var input = dialog.querySelector('[data-share-url]');
      if (input) {
        input.value = '';
      }
      window.location.reload();
      return;
    }
    if (dialog.tagName === 'DIALOG' && dialog.returnFocusTo) {
      dialog.returnFocusTo.focus();
    }
  }

  document.addEventListener('submit', onSubmit);
  document.addEventListener('click', onClick);
  document.addEventListener('close', onClose, true);
}());

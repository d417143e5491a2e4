// Visitor forms, a little better with JavaScript: sent with fetch (no page load, no jump), the
// same messages shown next to the fields, the button disabled while sending. Without this file
// the forms post and redirect back, and work just the same. Loaded only by pages with a form;
// every string comes from the page (the site's message catalogue) or from the server's answer.
// Markup mirrors app/components/form/ (FormErrorSummary, FormFieldError).
;(function () {
  'use strict'

  function element(tag, attributes, text) {
    var node = document.createElement(tag)
    for (var name in attributes) node.setAttribute(name, attributes[name])
    if (text) node.textContent = text
    return node
  }

  function setDescribedBy(control, errorId) {
    var ids = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) {
      return id && !/-error$/.test(id)
    })
    if (errorId) ids.push(errorId)
    if (ids.length) control.setAttribute('aria-describedby', ids.join(' '))
    else control.removeAttribute('aria-describedby')
  }

  function clearMessages(form) {
    form.querySelectorAll('[data-error], [data-error-summary]').forEach(function (node) {
      node.remove()
    })
    form.querySelectorAll('.field--error').forEach(function (field) {
      field.classList.remove('field--error')
    })
    form.querySelectorAll('[aria-invalid]').forEach(function (control) {
      control.removeAttribute('aria-invalid')
    })
    form.querySelectorAll('[aria-describedby]').forEach(function (control) {
      setDescribedBy(control)
    })
  }

  function showMessages(form, errors, message) {
    var prefix = form.id.replace(/-form$/, '')
    var items = []
    clearMessages(form)
    form.querySelectorAll('[data-field]').forEach(function (field) {
      var name = field.getAttribute('data-field')
      var text = errors[name]
      if (!text) return
      var errorId = prefix + '-' + name + '-error'
      var error = element('p', { id: errorId, class: 'field__error', 'data-error': '' })
      error.append(element('span', { class: 'visually-hidden' }, form.getAttribute('data-error-prefix') + ' '), text)
      var slot = field.querySelector('[data-error-slot]')
      slot.parentNode.insertBefore(error, slot)
      field.classList.add('field--error')
      var group = field.tagName === 'FIELDSET'
      var control = group ? field : field.querySelector('input, select, textarea')
      setDescribedBy(control, errorId)
      if (!group) control.setAttribute('aria-invalid', 'true')
      var label = field.getAttribute('data-label')
      items.push({ target: prefix + '-' + name, text: label + (/\?$/.test(label) ? ' ' : form.getAttribute('data-colon') || ': ') + text })
    })

    var summary = element('div', {
      id: prefix + '-errors',
      class: 'error-summary',
      tabindex: '-1',
      'aria-labelledby': prefix + '-errors-title',
      'data-error-summary': '',
    })
    summary.append(element(form.getAttribute('data-heading') || 'h3', { id: prefix + '-errors-title', class: 'error-summary__title' }, form.getAttribute('data-error-title')))
    if (items.length) {
      var list = element('ul', { class: 'error-summary__list' })
      items.forEach(function (item) {
        var entry = element('li')
        entry.append(element('a', { href: '#' + item.target }, item.text))
        list.append(entry)
      })
      summary.append(list)
    } else if (message) {
      summary.append(element('p', {}, message))
    }
    form.insertBefore(summary, form.firstChild)
    summary.focus()
  }

  function enhance(form) {
    var button = form.querySelector('button[type="submit"]')
    var status = form.querySelector('[data-form-status]')
    var sending = false

    form.addEventListener('submit', function (event) {
      event.preventDefault()
      if (sending) return // a double click sends once (the idempotency key covers the rest)
      sending = true
      button.disabled = true
      status.textContent = form.getAttribute('data-sending')
      var done = false

      fetch(form.action, {
        method: 'POST',
        headers: { accept: 'application/json' },
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
      })
        .then(function (response) {
          return response.json().then(function (answer) {
            if (response.ok && answer.ok) {
              done = true
              clearMessages(form)
              var sent = document.getElementById(form.id.replace(/-form$/, '-sent'))
              form.hidden = true
              sent.hidden = false
              sent.focus()
            } else {
              showMessages(form, answer.errors || {}, answer.message || form.getAttribute('data-network-error'))
            }
          })
        })
        .catch(function () {
          showMessages(form, {}, form.getAttribute('data-network-error'))
        })
        .then(function () {
          sending = false
          status.textContent = ''
          if (!done) button.disabled = false
        })
    })
  }

  document.querySelectorAll('form[data-enhance]').forEach(enhance)
})()

/*
 * gradpad editor: a <textarea> over a highlighted copy of its text.
 * The textarea does the editing (caret, selection, undo, IME, mobile keyboards); its own text is
 * transparent, and a <pre> behind it shows the same text with Python syntax colours. Both use
 * the same font, padding and wrapping, and the pre sets the height, so the two always line up.
 * Keys: Tab / Shift+Tab indent and dedent (the selected lines, or at the caret), Enter keeps the
 * indentation and adds a level after a line ending in ':', Backspace in leading spaces removes
 * one level, Escape leaves the editor (so Tab never traps keyboard users).
 * Highlighting builds spans with textContent only.
 * GradpadEditor.create(options) -> {el, textarea, value(), setValue(text), focus(), refresh()}
 * GradpadEditor.highlight(code) -> DocumentFragment
 */
var GradpadEditor = (function () {
  'use strict';

  var INDENT = '    ';
  var KEYWORDS = toSet('and as assert async await break class continue def del elif else except finally for from '
    + 'global if import in is lambda nonlocal not or pass raise return try while with yield match case');
  var CONSTANTS = toSet('True False None self cls');
  var BUILTINS = toSet('print len range enumerate zip list dict set tuple str int float bool abs min max sum '
    + 'sorted reversed round isinstance type super map filter any all repr hasattr getattr setattr iter next '
    + 'open format divmod pow id hash chr ord object property staticmethod classmethod '
    + 'Exception ValueError TypeError RuntimeError IndexError KeyError ZeroDivisionError StopIteration');
  // comment | string (with prefixes; triple quotes may span lines) | number | decorator | name
  var TOKEN = new RegExp([
    '(#[^\\n]*)',
    '((?:[rRbBuUfF]{1,2})?(?:"""[\\s\\S]*?(?:"""|$(?![\\s\\S]))|\'\'\'[\\s\\S]*?(?:\'\'\'|$(?![\\s\\S]))'
      + '|"(?:[^"\\\\\\n]|\\\\[\\s\\S])*"?|\'(?:[^\'\\\\\\n]|\\\\[\\s\\S])*\'?))',
    '((?:\\b0[xXoObB][\\da-fA-F_]+|(?:\\b\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)(?:[eE][+-]?\\d+)?[jJ]?)(?!\\w))',
    '(^[ \\t]*@[\\w.]+)',
    '([A-Za-z_]\\w*)'
  ].join('|'), 'gm');

  function toSet(words) {
    var set = {};
    words.split(' ').forEach(function (w) { set[w] = true; });
    return set;
  }

  function span(cls, text) {
    var s = document.createElement('span');
    s.className = 't-' + cls;
    s.textContent = text;
    return s;
  }

  function highlight(code) {
    var f = document.createDocumentFragment();
    var last = 0;
    var previousName = '';
    var m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(code))) {
      if (m[0] === '') { // an empty match (end of text): step on
        TOKEN.lastIndex++;
        continue;
      }
      if (m.index > last) f.appendChild(document.createTextNode(code.slice(last, m.index)));
      var cls = null;
      if (m[1]) cls = 'comment';
      else if (m[2]) cls = 'string';
      else if (m[3]) cls = 'number';
      else if (m[4]) cls = 'decorator';
      else if (KEYWORDS[m[5]]) cls = 'keyword';
      else if (previousName === 'def' || previousName === 'class') cls = 'def';
      else if (code.charAt(m.index - 1) === '.') cls = null; // an attribute, e.g. x.sum, not the builtin
      else if (CONSTANTS[m[5]]) cls = 'constant';
      else if (BUILTINS[m[5]]) cls = 'builtin';
      f.appendChild(cls ? span(cls, m[0]) : document.createTextNode(m[0]));
      previousName = m[5] || '';
      last = m.index + m[0].length;
    }
    if (last < code.length) f.appendChild(document.createTextNode(code.slice(last)));
    return f;
  }

  /* ---- editing helpers ---- */

  // Replaces [start, end) with text, keeping the browser's undo history where it can.
  function replace(ta, start, end, text, selStart, selEnd) {
    ta.setSelectionRange(start, end);
    var done = false;
    try {
      done = document.execCommand('insertText', false, text);
    } catch (e) {
      done = false;
    }
    if (!done || ta.value.slice(start, start + text.length) !== text) {
      ta.setRangeText(text, start, end, 'end');
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (selStart !== undefined) ta.setSelectionRange(selStart, selEnd);
  }

  function lineStart(text, pos) {
    return text.lastIndexOf('\n', pos - 1) + 1;
  }

  function lineEnd(text, pos) {
    var e = text.indexOf('\n', pos);
    return e < 0 ? text.length : e;
  }

  // Indents (or dedents) every line the selection touches, keeping it selected.
  function shiftLines(ta, dedent) {
    var text = ta.value;
    var s = ta.selectionStart;
    var e = ta.selectionEnd;
    var from = lineStart(text, s);
    var to = lineEnd(text, e > s && text.charAt(e - 1) === '\n' ? e - 1 : e);
    var lines = text.slice(from, to).split('\n');
    var firstDelta = 0;
    var total = 0;
    var changed = lines.map(function (line, i) {
      var delta;
      if (dedent) {
        var n = 0;
        while (n < INDENT.length && line.charAt(n) === ' ') n++;
        if (n === 0 && line.charAt(0) === '\t') n = 1;
        delta = -n;
        line = line.slice(n);
      } else {
        delta = line.length ? INDENT.length : 0;
        line = (line.length ? INDENT : '') + line;
      }
      if (i === 0) firstDelta = delta;
      total += delta;
      return line;
    }).join('\n');
    if (total === 0 && dedent) return;
    replace(ta, from, to, changed, Math.max(from, s + firstDelta), Math.max(from, e + total));
  }

  function onTab(ta, event) {
    var text = ta.value;
    var s = ta.selectionStart;
    var e = ta.selectionEnd;
    if (event.shiftKey || text.slice(s, e).indexOf('\n') >= 0) {
      shiftLines(ta, event.shiftKey);
      return;
    }
    // Spaces up to the next multiple of four columns.
    var col = s - lineStart(text, s);
    var pad = INDENT.slice(col % INDENT.length);
    replace(ta, s, e, pad, s + pad.length, s + pad.length);
  }

  function onEnter(ta) {
    var text = ta.value;
    var s = ta.selectionStart;
    var start = lineStart(text, s);
    var before = text.slice(start, s);
    var indent = /^[ \t]*/.exec(before)[0];
    var code = before.replace(/#.*$/, '').replace(/\s+$/, '');
    if (/:$/.test(code)) {
      indent += INDENT;
    } else if (/^\s*(return|pass|break|continue|raise)\b/.test(code)) {
      indent = indent.slice(0, Math.max(0, indent.length - INDENT.length));
    }
    var insert = '\n' + indent;
    replace(ta, s, ta.selectionEnd, insert, s + insert.length, s + insert.length);
  }

  // Backspace right after leading spaces removes back to the previous multiple of four.
  function onBackspace(ta) {
    var text = ta.value;
    var s = ta.selectionStart;
    if (s !== ta.selectionEnd) return false;
    var start = lineStart(text, s);
    var before = text.slice(start, s);
    if (!before.length || /[^ ]/.test(before)) return false;
    var n = ((before.length - 1) % INDENT.length) + 1;
    replace(ta, s - n, s, '', s - n, s - n);
    return true;
  }

  /**
   * options: {value, label, language: 'python'|'markdown', onKey(event) -> true if handled,
   *           onChange(), onFocus()}
   */
  function create(options) {
    var root = document.createElement('div');
    root.className = 'editor';
    var pre = document.createElement('pre');
    pre.className = 'editor-view';
    pre.setAttribute('aria-hidden', 'true');
    var ta = document.createElement('textarea');
    ta.className = 'editor-input cell-source';
    ta.setAttribute('data-testid', 'cell-source');
    ta.setAttribute('spellcheck', 'false');
    ta.setAttribute('autocapitalize', 'off');
    ta.setAttribute('autocomplete', 'off');
    ta.setAttribute('autocorrect', 'off');
    ta.setAttribute('wrap', 'soft');
    ta.setAttribute('rows', '1');
    ta.value = options.value || '';
    root.appendChild(pre);
    root.appendChild(ta);
    var python = options.language !== 'markdown';

    function refresh() {
      while (pre.firstChild) pre.removeChild(pre.firstChild);
      var text = ta.value;
      pre.appendChild(python ? highlight(text) : document.createTextNode(text));
      // A trailing newline needs a character after it to take up a line in the pre.
      pre.appendChild(document.createTextNode(text === '' || text.charAt(text.length - 1) === '\n' ? ' ' : ''));
    }

    ta.addEventListener('input', function () {
      refresh();
      if (options.onChange) options.onChange();
    });
    ta.addEventListener('focus', function () {
      if (options.onFocus) options.onFocus();
    });
    ta.addEventListener('keydown', function (event) {
      if (event.isComposing) return;
      if (options.onKey && options.onKey(event)) {
        event.preventDefault();
        return;
      }
      var plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        onTab(ta, event);
      } else if (event.key === 'Enter' && plain && !event.shiftKey && python) {
        event.preventDefault();
        onEnter(ta);
      } else if (event.key === 'Backspace' && plain && !event.shiftKey && python) {
        if (onBackspace(ta)) event.preventDefault();
      } else if (event.key === 'Escape') {
        ta.blur();
      }
    });
    refresh();

    return {
      el: root,
      textarea: ta,
      value: function () { return ta.value; },
      setValue: function (text) {
        ta.value = text;
        refresh();
      },
      focus: function () { ta.focus(); },
      refresh: refresh
    };
  }

  return { create: create, highlight: highlight };
})();

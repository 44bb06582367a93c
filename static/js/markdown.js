/*
 * gradpad markdown: renders the subset of Markdown that notebooks use into DOM nodes.
 * Blocks: ATX headings, paragraphs, fenced and indented code, bullet and numbered lists (nested
 * by indentation), block quotes, rules. Inline: `code`, **strong**, *emphasis*, _emphasis_,
 * [links](https://...) (http and https only), <https://autolinks>, backslash escapes.
 * Safety: every piece of text becomes a text node; no string is ever parsed as HTML, so raw
 * HTML in a cell shows as text. A link's href is set only when it starts with http:// or https://.
 * GradpadMarkdown.render(text) -> DocumentFragment.
 */
var GradpadMarkdown = (function () {
  'use strict';

  var FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/;
  var HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
  var RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
  var QUOTE = /^ {0,3}> ?/;
  var ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(\s+|$)/;
  var INDENTED = /^(?: {4}|\t)/;

  function el(tag, cls) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    return e;
  }

  function isBlank(line) {
    return /^\s*$/.test(line);
  }

  function startsBlock(line) {
    return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || ITEM.test(line);
  }

  // Removes up to n columns of leading spaces.
  function dedent(line, n) {
    var i = 0;
    while (i < n && line.charAt(i) === ' ') i++;
    return line.slice(i);
  }

  function blocks(lines, into) {
    var i = 0;
    while (i < lines.length) {
      var line = lines[i];
      var m;
      if (isBlank(line)) {
        i++;
      } else if ((m = FENCE.exec(line))) {
        var fence = m[1];
        var code = [];
        var indent = line.length - line.replace(/^ +/, '').length;
        i++;
        while (i < lines.length && !(new RegExp('^ {0,3}' + fence.charAt(0) + '{' + fence.length + ',}\\s*$').test(lines[i]))) {
          code.push(dedent(lines[i], indent));
          i++;
        }
        i++; // the closing fence (or the end)
        into.appendChild(codeBlock(code.join('\n'), m[2]));
      } else if ((m = HEADING.exec(line))) {
        var h = el('h' + m[1].length);
        inline(m[2] || '', h);
        into.appendChild(h);
        i++;
      } else if (RULE.test(line)) {
        into.appendChild(el('hr'));
        i++;
      } else if (QUOTE.test(line)) {
        var quoted = [];
        while (i < lines.length && QUOTE.test(lines[i])) {
          quoted.push(lines[i].replace(QUOTE, ''));
          i++;
        }
        var q = el('blockquote');
        blocks(quoted, q);
        into.appendChild(q);
      } else if (ITEM.test(line)) {
        i = list(lines, i, into);
      } else if (INDENTED.test(line)) {
        var pre = [];
        while (i < lines.length && (INDENTED.test(lines[i]) || isBlank(lines[i]))) {
          pre.push(lines[i].replace(INDENTED, ''));
          i++;
        }
        while (pre.length && isBlank(pre[pre.length - 1])) pre.pop();
        into.appendChild(codeBlock(pre.join('\n'), ''));
      } else {
        var para = [];
        while (i < lines.length && !isBlank(lines[i]) && (para.length === 0 || !startsBlock(lines[i]))) {
          para.push(lines[i]);
          i++;
        }
        var p = el('p');
        inline(para.join('\n'), p);
        into.appendChild(p);
      }
    }
  }

  function codeBlock(text, lang) {
    var pre = el('pre');
    var code = el('code');
    if (/^(py|python|python3|ipython|ipython3)$/i.test(lang) && typeof GradpadEditor === 'object') {
      code.appendChild(GradpadEditor.highlight(text));
    } else {
      code.textContent = text;
    }
    pre.appendChild(code);
    return pre;
  }

  // A list starting at lines[i]; returns the index after it.
  function list(lines, i, into) {
    var first = ITEM.exec(lines[i]);
    var ordered = /\d/.test(first[2]);
    var kind = first[2].slice(-1);
    var ol = el(ordered ? 'ol' : 'ul');
    if (ordered && parseInt(first[2], 10) !== 1) ol.setAttribute('start', String(parseInt(first[2], 10)));
    var loose = false;
    while (i < lines.length) {
      var m = ITEM.exec(lines[i]);
      if (!m || /\d/.test(m[2]) !== ordered || m[2].slice(-1) !== kind) break;
      var width = m[0].length;
      var body = [lines[i].slice(width)];
      i++;
      var sawBlank = false;
      while (i < lines.length) {
        var line = lines[i];
        if (isBlank(line)) {
          sawBlank = true;
          body.push('');
          i++;
          continue;
        }
        var indent = line.length - line.replace(/^ +/, '').length;
        if (indent >= Math.min(width, 4)) { // belongs to the item, maybe a nested list
          body.push(dedent(line, width));
        } else if (!sawBlank && !startsBlock(line)) { // a lazy continuation of the paragraph
          body.push(line);
        } else {
          break;
        }
        sawBlank = false;
        i++;
      }
      var blankAfter = false;
      while (body.length && isBlank(body[body.length - 1])) {
        body.pop();
        blankAfter = true;
      }
      var next = i < lines.length ? ITEM.exec(lines[i]) : null;
      if (blankAfter && next && /\d/.test(next[2]) === ordered && next[2].slice(-1) === kind) loose = true;
      var li = el('li');
      blocks(body, li);
      ol.appendChild(li);
    }
    if (!loose) { // a tight list shows its items' paragraphs without paragraph spacing
      Array.prototype.forEach.call(ol.children, function (li) {
        var p = li.firstChild;
        if (p && p.nodeName === 'P') {
          while (p.firstChild) li.insertBefore(p.firstChild, p);
          li.removeChild(p);
        }
      });
    }
    into.appendChild(ol);
    return i;
  }

  var SAFE_URL = /^https?:\/\/[^\s]+$/i;

  // Inline rules, tried at each position; the earliest match wins, ties by this order.
  var RULES = [
    { re: /\\([!-\/:-@\[-`{-~])/, make: function (m) { return document.createTextNode(m[1]); } },
    { re: /(`+)([\s\S]*?[^`])\1(?!`)/, make: function (m) {
      var c = el('code');
      c.textContent = m[2].replace(/^ ([\s\S]*) $/, '$1');
      return c;
    } },
    { re: /<(https?:\/\/[^\s<>]+)>/i, make: function (m) { return link(m[1], m[1]); } },
    { re: /!?\[((?:\\.|[^\]\\])*)\]\(\s*<?((?:[^\s()<>]|\([^\s()<>]*\))*)>?(?:\s+"[^"]*")?\s*\)/, make: function (m) {
      // Images are not loaded (the page's policy allows only its own files): their text shows.
      return m[0].charAt(0) === '!' ? document.createTextNode(m[1]) : link(m[2], m[1]);
    } },
    { re: /\*\*(?=\S)([\s\S]*?\S)\*\*|(^|[^\w])__(?=\S)([\s\S]*?\S)__(?!\w)/, make: function (m) {
      return wrap('strong', m);
    } },
    { re: /\*(?=[^\s*])([\s\S]*?[^\s*])\*|(^|[^\w])_(?=[^\s_])([\s\S]*?[^\s_])_(?!\w)/, make: function (m) {
      return wrap('em', m);
    } },
    { re: / {2,}\n|\\\n/, make: function () { return el('br'); } }
  ];

  // Emphasis with _ carries the character before it in m[2] (JavaScript regexes in older
  // engines have no lookbehind): return it as text before the element.
  function wrap(tag, m) {
    var e = el(tag);
    inline(m[1] !== undefined ? m[1] : m[3], e);
    if (m[1] === undefined && m[2]) {
      var f = document.createDocumentFragment();
      f.appendChild(document.createTextNode(m[2]));
      f.appendChild(e);
      return f;
    }
    return e;
  }

  function link(url, text) {
    if (!SAFE_URL.test(url)) {
      var span = el('span');
      inline(text, span);
      return span;
    }
    var a = el('a');
    a.href = url;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    inline(text, a);
    return a;
  }

  function inline(text, into) {
    while (text) {
      var best = null;
      var bestRule = null;
      for (var r = 0; r < RULES.length; r++) {
        var m = RULES[r].re.exec(text);
        if (m && (!best || m.index < best.index)) {
          best = m;
          bestRule = RULES[r];
        }
      }
      if (!best) {
        into.appendChild(document.createTextNode(text));
        return;
      }
      if (best.index > 0) into.appendChild(document.createTextNode(text.slice(0, best.index)));
      into.appendChild(bestRule.make(best));
      text = text.slice(best.index + best[0].length);
    }
  }

  function render(text) {
    var f = document.createDocumentFragment();
    blocks(String(text).replace(/\r\n?/g, '\n').split('\n'), f);
    return f;
  }

  return { render: render };
})();

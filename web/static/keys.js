/* Keyboard-first triage (Prodigy / Label Studio style): the keys fill and submit the same plain
   forms that work without JavaScript. Loaded from /static (CSP: no inline script).

   Queue:  j/k move, o open, Enter takes the next case.
   Case:   c/s/d/e pick confirm/suspicious/dismiss/escalate with the action's default reason;
           Enter (or the same key again) submits, 1-9 submits with that reason, Esc cancels.
           n note (Ctrl+Enter saves), j skip to the next case, k previous, q queue, ? help. */
(function () {
  "use strict";

  var KEYS = { c: "confirm", s: "suspicious", d: "dismiss", e: "escalate" };
  var help = document.getElementById("keys-help");
  var submitted = false;

  function $(sel) { return document.querySelector(sel); }
  function $all(sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function submit(form) {
    if (!form || submitted) { return; }
    submitted = true;
    if (typeof form.requestSubmit === "function") { form.requestSubmit(); } else { form.submit(); }
  }

  function toggleHelp(show) {
    if (!help) { return; }
    help.hidden = show === undefined ? !help.hidden : !show;
  }

  /* ---- queue page ---- */
  var rows = $all("#queue-table tbody tr[data-href]");
  var selected = -1;

  function select(i) {
    if (!rows.length) { return; }
    selected = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (r, n) { r.classList.toggle("selected", n === selected); });
    rows[selected].scrollIntoView({ block: "nearest" });
  }

  function queueKey(e) {
    if (e.key === "j") { select(selected + 1); return true; }
    if (e.key === "k") { select(selected - 1); return true; }
    if (e.key === "o" && selected >= 0) { window.location.href = rows[selected].getAttribute("data-href"); return true; }
    if (e.key === "Enter" && !/^(A|BUTTON)$/.test(e.target.tagName)) {
      if (selected >= 0) { window.location.href = rows[selected].getAttribute("data-href"); }
      else { submit(document.getElementById("next-form")); }
      return true;
    }
    return false;
  }

  /* ---- case page ---- */
  var form = document.getElementById("decision-form");
  var actionSel = document.getElementById("action");
  var reasonSel = document.getElementById("reason");
  var note = document.getElementById("note");
  var bar = document.getElementById("pending-decision");
  var pending = null;

  function hasAction(a) {
    return !!actionSel && Array.prototype.some.call(actionSel.options, function (o) { return o.value === a; });
  }

  function showGroups(action) {
    if (!reasonSel) { return; }
    Array.prototype.forEach.call(reasonSel.querySelectorAll("optgroup"), function (g) {
      var on = !action || g.getAttribute("data-action") === action;
      g.hidden = !on;
      g.disabled = !on;
    });
  }

  function reasonsOf(action) {
    return reasonSel ? Array.prototype.slice.call(reasonSel.querySelectorAll('option[data-action="' + action + '"]')) : [];
  }

  function say(text) {
    if (!bar) { return; }
    bar.textContent = text;  /* textContent: labels come from config, but never as markup */
    bar.hidden = !text;
  }

  function choose(action) {
    if (!form || !hasAction(action)) {
      say("\u201c" + action + "\u201d is not possible on this case now.");
      return;
    }
    if (pending === action) { submit(form); return; }
    pending = action;
    actionSel.value = action;
    showGroups(action);
    var opts = reasonsOf(action);
    var def = opts.filter(function (o) { return o.hasAttribute("data-default"); })[0] || opts[0];
    if (def) { reasonSel.value = def.value; }
    var label = actionSel.options[actionSel.selectedIndex].text;
    say(label + ": " + (def ? def.text : "") + "  \u2014  Enter submits, 1\u2013" + opts.length +
        " picks another reason, Esc cancels");
  }

  function cancel() {
    pending = null;
    showGroups(null);
    say("");
  }

  function pickReason(n) {
    var opt = reasonsOf(pending).filter(function (o) { return o.getAttribute("data-n") === String(n); })[0];
    if (!opt) { return; }
    reasonSel.value = opt.value;
    submit(form);
  }

  function writeNote() {
    if (!note) { return; }
    if (!pending && hasAction("note")) { actionSel.value = "note"; }
    note.focus();
  }

  function caseKey(e) {
    if (KEYS[e.key]) { choose(KEYS[e.key]); return true; }
    if (pending && /^[1-9]$/.test(e.key)) { pickReason(e.key); return true; }
    if (pending && e.key === "Enter") { submit(form); return true; }
    if (e.key === "n") { writeNote(); return true; }
    if (e.key === "j") { submit(document.getElementById("skip-form")); return true; }
    if (e.key === "k") {
      var prev = document.getElementById("prev-link");
      if (prev) { window.location.href = prev.getAttribute("href"); } else { window.history.back(); }
      return true;
    }
    if (e.key === "q") { window.location.href = "/queue"; return true; }
    return false;
  }

  document.addEventListener("keydown", function (e) {
    if (e.defaultPrevented || e.isComposing) { return; }
    if (e.key === "Escape") {
      toggleHelp(false);
      cancel();
      if (typing(e.target)) { e.target.blur(); }
      return;
    }
    if (typing(e.target)) {
      if (e.target === note && e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        if (!pending && hasAction("note") && actionSel.value !== "reopen") { actionSel.value = "note"; }
        submit(form);
      }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var handled = false;
    if (e.key === "?") { toggleHelp(); handled = true; }
    else if (form || document.getElementById("skip-form")) { handled = caseKey(e); }
    else if (rows.length || document.getElementById("next-form")) { handled = queueKey(e); }
    if (handled) { e.preventDefault(); }
  });

  /* Mouse users get the same quick choices; these controls only make sense with this script. */
  $all("#quick-actions button[data-action]").forEach(function (b) {
    b.addEventListener("click", function () { choose(b.getAttribute("data-action")); });
  });
  $all("#quick-actions, #keys-line, #help-button").forEach(function (el) { el.hidden = false; });
  var helpButton = $("#help-button");
  if (helpButton) { helpButton.addEventListener("click", function () { toggleHelp(); }); }
  if (help) { help.addEventListener("click", function (e) { if (e.target === help) { toggleHelp(false); } }); }
  if (rows.length) {
    rows.forEach(function (r, n) { r.addEventListener("click", function (e) {
      if (e.target.tagName !== "A") { select(n); }
    }); });
  }
}());

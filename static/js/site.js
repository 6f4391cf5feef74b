// The site's one small script. Everything works without it; it only adds comfort.

// Remember the language a visitor picks in the switcher, so that "/" takes them
// there next time. The links work without this script; it only sets the cookie.
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a[data-set-language]");
  if (!link) return;
  var nav = link.closest("[data-language-cookie]");
  var name = nav ? nav.getAttribute("data-language-cookie") : "django_language";
  document.cookie = name + "=" + link.getAttribute("data-set-language") +
    "; path=/; max-age=31536000; samesite=lax" +
    (location.protocol === "https:" ? "; secure" : "");
});

// The fold-aways: the header's menu on a phone and the filters of a listing on a phone
// are <details>, which open and close without this script.
var FOLD_AWAYS = "details[data-menu][open], details.filters-panel[open]";

// Escape closes the open fold-away that holds the focus (or every open one when
// nothing has the focus), and puts the focus back on its button if it was inside.
// On a wide screen their buttons are hidden and they stay open: Escape leaves them.
document.addEventListener("keydown", function (event) {
  if (event.key !== "Escape") return;
  var focused = document.activeElement;
  var nothingFocused = !focused || focused === document.body;
  document.querySelectorAll(FOLD_AWAYS).forEach(function (details) {
    var button = details.querySelector("summary");
    if (!button || !button.getClientRects().length) return;
    var inside = details.contains(focused);
    if (!inside && !nothingFocused) return;
    details.open = false;
    if (inside) button.focus();
  });
});

// A form sent back with mistakes: its summary of them (focusable, tabindex -1) takes
// the focus, so a phone shows it and a screen reader reads it first, rather than the
// top of a long form with the summary a screen or two down.
var formErrors = document.getElementById("form-errors");
if (formErrors && !formErrors.hidden) formErrors.focus();

// A form posts to the page's address, with its fragment if it has one (#main after
// the "skip to content" link): the page the server sends back would then scroll to
// that fragment after its summary of mistakes took the focus, and hide it. Sent
// without the fragment, the page it gets back opens at the summary.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.hasAttribute("action") || form.method !== "post" || !location.hash) return;
  form.action = location.href.split("#")[0];
});

// The inputs of one question of a form (its .field): a box, a group of choices, a file.
function inputsOf(field) {
  return Array.prototype.slice.call(field.querySelectorAll("input, select, textarea"));
}

// Whether a required question (data-required) is left without an answer: no choice
// ticked in its group or box, no file chosen, or only spaces typed (the server strips
// them too).
function isUnanswered(field) {
  var inputs = inputsOf(field);
  if (!inputs.length) return false;
  var type = inputs[0].type;
  if (type === "radio" || type === "checkbox") {
    return !inputs.some(function (input) { return input.checked; });
  }
  if (type === "file") return inputs[0].files.length === 0;
  return inputs[0].value.trim() === "";
}

// Whether an email address typed in the question is not one, by the browser's rule for
// an email input: what it refuses the server refuses too (but for a quoted name such
// as "a b"@example.org, which no one types).
function isMalformedEmail(field) {
  var input = field.querySelector("input[type=email]");
  return Boolean(input && input.value.trim() && input.validity.typeMismatch);
}

// The message for what is wrong with one question before sending, in the page's
// language (rendered into the form's data attributes), or "" when nothing is.
function mistakeIn(field, form) {
  if (field.hasAttribute("data-required") && isUnanswered(field)) {
    return form.getAttribute("data-required-message");
  }
  if (isMalformedEmail(field)) return form.getAttribute("data-email-message");
  return "";
}

// The element a screen reader reads the question's help and errors from: the fieldset
// of a group of choices, else the input (as Django points them, see field.html).
function describedElement(field) {
  return field.querySelector("fieldset") || inputsOf(field)[0];
}

// Add or remove an id in an element's aria-describedby.
function setDescribedBy(element, id, present) {
  var ids = (element.getAttribute("aria-describedby") || "").split(" ").filter(function (each) {
    return each && each !== id;
  });
  if (present) ids.push(id);
  if (ids.length) element.setAttribute("aria-describedby", ids.join(" "));
  else element.removeAttribute("aria-describedby");
}

// Show `message` under the question as the server shows its errors (the question's
// error box, its inputs aria-invalid), replacing what the server said about it; or,
// with no message, take away what this script showed there before.
function showMistake(field, message) {
  var errorId = field.getAttribute("data-error-id");
  var box = document.getElementById(errorId);
  if (!message) {
    if (!box || !box.querySelector("[data-checked-here]")) return;
    box.remove();
    field.classList.remove("field--invalid");
    setDescribedBy(describedElement(field), errorId, false);
    inputsOf(field).forEach(function (input) { input.removeAttribute("aria-invalid"); });
    return;
  }
  if (!box) {
    box = document.createElement("div");
    box.id = errorId;
    field.appendChild(box);
  }
  var line = document.createElement("p");
  line.className = "error";
  line.setAttribute("data-checked-here", "");
  line.textContent = message;
  box.textContent = "";
  box.appendChild(line);
  field.classList.add("field--invalid");
  setDescribedBy(describedElement(field), errorId, true);
  inputsOf(field).forEach(function (input) { input.setAttribute("aria-invalid", "true"); });
}

// The summary's list of mistakes (data-mistakes), written as the server writes it
// (core/form_errors.html): each question of the form that shows an error, in order, as
// a link to its first input, "Label — error".
function listMistakes(form, summary) {
  var list = summary.querySelector("[data-mistakes]");
  if (!list) return;
  list.textContent = "";
  form.querySelectorAll(".field--invalid[data-error-id]").forEach(function (field) {
    var box = document.getElementById(field.getAttribute("data-error-id"));
    var input = inputsOf(field)[0];
    if (!box || !input) return;
    var errors = Array.prototype.map.call(box.querySelectorAll(".error"), function (line) {
      return line.textContent;
    });
    var link = document.createElement("a");
    link.href = "#" + input.id;
    // A question without data-label (a blank form cached before it had one) shows
    // its error alone.
    var label = field.getAttribute("data-label");
    link.textContent = (label ? label + " — " : "") + errors.join(" ");
    var item = document.createElement("li");
    item.appendChild(link);
    list.appendChild(item);
  });
  list.hidden = !list.children.length;
}

// A form is checked before it is sent (data-check-answers): the booking form, and those
// that carry files (an application, a partner's material), where an answer missing
// would otherwise be found by the server only after every file had crept up a slow
// connection, and the page would come back asking for the files again. If one is
// missing, the form is not sent: each such question says so, the summary lists them
// and takes the focus, and everything typed and every file chosen stays. The server
// still checks everything.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form.hasAttribute("data-check-answers")) return;
  var mistakes = 0;
  form.querySelectorAll(".field[data-error-id]").forEach(function (field) {
    var message = mistakeIn(field, form);
    showMistake(field, message);
    if (message) mistakes += 1;
  });
  var summary = document.getElementById("form-errors");
  if (!mistakes) {
    // Sent at last: the summary this script showed would ask for corrections all along
    // a long upload.
    if (summary && summary.hasAttribute("data-shown-here")) summary.hidden = true;
    return;
  }
  event.preventDefault();
  if (!summary) return;
  if (summary.hidden) summary.setAttribute("data-shown-here", "");
  listMistakes(form, summary);
  summary.hidden = false;
  summary.focus();
});

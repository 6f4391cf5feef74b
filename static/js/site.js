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

// A message the server wrote for the browser with a placeholder for what only the
// browser knows ({name} of a file, its {size}, the number of {words}), filled in.
function filledIn(message, values) {
  return message.replace(/\{(name|size|words|value)\}/g, function (placeholder, key) {
    return key in values ? String(values[key]) : placeholder;
  });
}

// An answer the server would refuse for another reason as well (an invisible control
// character, more characters than the input takes), or read otherwise (a character
// outside printable ASCII in a web address): the browser leaves it to the server, which
// says all of it. `verdict.unsure` records that it did.
var CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function tooLong(text, input) {
  return input.maxLength >= 0 && text.length > input.maxLength;
}

// A text the server checks with a pattern (data-pattern, a phone number), tested as the
// server tests it: without its spaces at either end, with the server's message.
function patternMistakes(field, verdict) {
  var input = field.querySelector("input[data-pattern]");
  if (!input) return [];
  var text = input.value.trim();
  if (!text) return [];
  if (CONTROL_CHARACTERS.test(text) || tooLong(text, input)) {
    verdict.unsure = true;
    return [];
  }
  if (new RegExp(input.getAttribute("data-pattern")).test(text)) return [];
  return [input.getAttribute("data-pattern-message")];
}

// A web address as the server's URLField reads it (Django 5.2): without spaces at either
// end, with data-assume-scheme put before it when it starts with no scheme, then tested
// by the schemes and the pattern of its URLValidator (data-url-schemes, data-url-pattern,
// both written by the server). An address with anything but printable ASCII in it (or
// brackets, an IPv6 host) is left to the server, where the pattern reads other letters
// and spaces its own way; so is one whose host name is too long, which only the server
// counts: the browser refuses only what the server refuses.
function urlMistakes(field, verdict) {
  var input = field.querySelector("input[data-url-pattern]");
  if (!input) return [];
  var text = input.value.trim();
  if (!text) return [];
  var expression;
  try {
    expression = new RegExp(input.getAttribute("data-url-pattern"), "i");
  } catch (error) {
    expression = null; // a browser without lookbehind
  }
  if (!expression || !/^[\x21-\x7e]+$/.test(text) || /[\[\]]/.test(text)) {
    verdict.unsure = true;
    return [];
  }
  var colon = text.indexOf(":");
  var scheme = colon === -1 ? "" : text.slice(0, colon);
  if (!scheme || !/^[a-z]/i.test(scheme) || scheme.indexOf("/") !== -1) {
    text = input.getAttribute("data-assume-scheme") +
      (text.slice(0, 2) === "//" ? ":" : "://") + text;
  }
  if (tooLong(text, input)) {
    verdict.unsure = true;
    return [];
  }
  var schemes = input.getAttribute("data-url-schemes").split(" ");
  if (schemes.indexOf(text.split("://")[0].toLowerCase()) !== -1 && expression.test(text)) {
    return [];
  }
  return [input.getAttribute("data-url-message")];
}

// A number as the server's IntegerField reads it (a number input gives one written as
// "-12.5e3" or nothing): whole once a decimal point followed only by zeros is taken
// away, then within its least and greatest values (data-min-value, data-max-value),
// each with the server's message.
function numberMistakes(field, verdict) {
  var input = field.querySelector("input[data-whole-number-message]");
  if (!input) return [];
  var text = input.value.trim();
  if (!text) return [];
  if (!/^[0-9eE.+-]+$/.test(text)) {
    verdict.unsure = true;
    return [];
  }
  var whole = text.replace(/\.0*$/, "");
  if (!/^[+-]?[0-9]+$/.test(whole)) return [input.getAttribute("data-whole-number-message")];
  var number = Number(whole);
  var least = input.getAttribute("data-min-value");
  var greatest = input.getAttribute("data-max-value");
  if (least !== null && number < Number(least)) {
    return [filledIn(input.getAttribute("data-min-value-message"), { value: String(number) })];
  }
  if (greatest !== null && number > Number(greatest)) {
    return [filledIn(input.getAttribute("data-max-value-message"), { value: String(number) })];
  }
  return [];
}

// A file's extension as the server reads it: from its last dot, in lower case; none for
// a name that starts or ends with that dot.
function extensionOf(name) {
  var dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot).toLowerCase() : "";
}

// A file's size as the server writes it (Django's filesizeformat), from the units and
// decimal separator of the page's language on the input (data-size-units: [bytes,
// "{n} MB"] from the smallest).
function sizeText(bytes, input) {
  var units = JSON.parse(input.getAttribute("data-size-units"));
  var unit = units[0];
  units.forEach(function (each) { if (bytes >= each[0]) unit = each; });
  var number = (bytes / unit[0]).toFixed(1);
  return unit[1].replace("{n}", number.replace(".", input.getAttribute("data-decimal-separator")));
}

// What the server would refuse in the files chosen, by the limits it wrote on the
// input: more files than the question takes (said alone, as the server says it), else
// each file of a kind not allowed or too large.
function fileMistakes(field) {
  var input = field.querySelector("input[type=file][data-max-bytes]");
  if (!input) return [];
  var files = Array.prototype.slice.call(input.files);
  var maxFiles = input.getAttribute("data-max-files");
  if (maxFiles && files.length > Number(maxFiles)) {
    return [input.getAttribute("data-too-many-files-message")];
  }
  var extensions = input.getAttribute("data-extensions").split(" ");
  var maxBytes = Number(input.getAttribute("data-max-bytes"));
  return files.map(function (file) {
    if (extensions.indexOf(extensionOf(file.name)) === -1) {
      return filledIn(input.getAttribute("data-wrong-kind-message"), { name: file.name });
    }
    if (file.size > maxBytes) {
      return filledIn(input.getAttribute("data-too-large-message"),
        { name: file.name, size: sizeText(file.size, input) });
    }
    return "";
  }).filter(Boolean);
}

// More words than a text's limit (data-word-limit), counted as the server counts them:
// what spaces and line breaks separate.
function wordMistakes(field) {
  var input = field.querySelector("textarea[data-word-limit]");
  if (!input) return [];
  var text = input.value.trim();
  var words = text ? text.split(/\s+/).length : 0;
  if (words <= Number(input.getAttribute("data-word-limit"))) return [];
  return [filledIn(input.getAttribute("data-too-many-words-message"), { words: words })];
}

// The messages for what is wrong with one question before sending, in the page's
// language (rendered into the form's and the inputs' data attributes by the server,
// in its own words), or none when nothing is.
function mistakesIn(field, form, verdict) {
  if (field.hasAttribute("data-required") && isUnanswered(field)) {
    return [form.getAttribute("data-required-message")];
  }
  if (isMalformedEmail(field)) return [form.getAttribute("data-email-message")];
  return fileMistakes(field).concat(
    wordMistakes(field),
    patternMistakes(field, verdict),
    urlMistakes(field, verdict),
    numberMistakes(field, verdict)
  );
}

// Whether an error the server wrote under a question is one this script judges again:
// one of the messages it may say there (the form's for a required answer, the inputs'
// data-…-message), its placeholders standing for anything. Not the one for an email
// address: the browser takes some the server refuses ("a@b", "a..b@example.org"), so
// only the server can say that one is now right.
function judgedHere(error, field, form) {
  var messages = [];
  if (field.hasAttribute("data-required")) {
    messages.push(form.getAttribute("data-required-message"));
  }
  inputsOf(field).forEach(function (input) {
    Array.prototype.forEach.call(input.attributes, function (attribute) {
      if (/^data-.*-message$/.test(attribute.name)) messages.push(attribute.value);
    });
  });
  return messages.some(function (message) {
    if (!message) return false;
    var pattern = message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/\\\{(name|size|words|value)\\\}/g, "[\\s\\S]*");
    return new RegExp("^" + pattern + "$").test(error);
  });
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

// Show `messages` under the question as the server shows its errors (the question's
// error box, a line each, its inputs aria-invalid). What the server said there before
// is replaced by what this script finds now, but for the errors it cannot judge (a
// file's content, a character the server refuses; and all of them when it was `unsure`
// of the answer), which stay. With nothing to show, the question is clear again.
function showMistakes(field, messages, unsure, form) {
  var errorId = field.getAttribute("data-error-id");
  var box = document.getElementById(errorId);
  var kept = [];
  if (box) {
    box.querySelectorAll(".error").forEach(function (line) {
      var text = line.textContent;
      if (line.hasAttribute("data-checked-here") || messages.indexOf(text) !== -1) return;
      if (unsure || !judgedHere(text, field, form)) kept.push(line);
    });
  }
  if (!messages.length && !kept.length) {
    if (box) box.remove();
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
  box.textContent = "";
  messages.forEach(function (message) {
    var line = document.createElement("p");
    line.className = "error";
    line.setAttribute("data-checked-here", "");
    line.textContent = message;
    box.appendChild(line);
  });
  kept.forEach(function (line) { box.appendChild(line); });
  field.classList.add("field--invalid");
  setDescribedBy(describedElement(field), errorId, true);
  inputsOf(field).forEach(function (input) { input.setAttribute("aria-invalid", "true"); });
}

// The summary's note asking to attach files again (data-attach-again, the ids of their
// inputs) goes once each of them has a file.
function updateAttachAgain() {
  document.querySelectorAll("#form-errors [data-attach-again]").forEach(function (note) {
    var ids = note.getAttribute("data-attach-again").split(" ").filter(Boolean);
    note.hidden = ids.every(function (id) {
      var input = document.getElementById(id);
      return input && input.files && input.files.length > 0;
    });
  });
}

document.addEventListener("change", function (event) {
  if (event.target.type === "file") updateAttachAgain();
});

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
// that carry files (an application, a partner's material), where a mistake would
// otherwise be found by the server only after every file had crept up a slow
// connection, and the page would come back asking for the files again: an answer
// missing, an email address, a web address or a phone number that is not one, a year
// out of bounds, a file too large, of a kind not allowed or one too many, a text over
// its word limit. Every question is judged again, so that the errors the server showed
// go from those now put right, and the summary lists only what remains. Then the form
// is not sent: each such question says so, the summary lists them and takes the focus,
// and everything typed and every file chosen stays. The server still checks everything.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form.hasAttribute("data-check-answers")) return;
  var mistakes = 0;
  form.querySelectorAll(".field[data-error-id]").forEach(function (field) {
    var verdict = { unsure: false };
    var messages = mistakesIn(field, form, verdict);
    showMistakes(field, messages, verdict.unsure, form);
    if (messages.length) mistakes += 1;
  });
  updateAttachAgain();
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

// A link of the summary of mistakes (the server's or this script's) brings the whole
// question into view, its label or legend near the top, then puts the focus in its
// input: followed as a plain anchor, the input alone would come to the top of a phone's
// screen, its question above it out of sight.
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("#form-errors a[href^='#']");
  if (!link) return;
  var input = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
  if (!input) return;
  event.preventDefault();
  // A little room above the question, so that no fraction of a pixel hides its label.
  var top = (input.closest(".field") || input).getBoundingClientRect().top;
  window.scrollTo(0, Math.max(0, window.scrollY + top - 12));
  input.focus({ preventScroll: true });
});

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
if (formErrors) formErrors.focus();

// A form posts to the page's address, with its fragment if it has one (#main after
// the "skip to content" link): the page the server sends back would then scroll to
// that fragment after its summary of mistakes took the focus, and hide it. Sent
// without the fragment, the page it gets back opens at the summary.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.hasAttribute("action") || form.method !== "post" || !location.hash) return;
  form.action = location.href.split("#")[0];
});

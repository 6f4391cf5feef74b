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

// The header's menu on a phone is a <details>: it opens and closes without this
// script. Escape closes it, and puts the focus back on its button if it was inside.
document.addEventListener("keydown", function (event) {
  if (event.key !== "Escape") return;
  var menu = document.querySelector("details[data-menu][open]");
  if (!menu) return;
  var focused = document.activeElement;
  var inside = menu.contains(focused);
  if (!inside && focused && focused !== document.body) return;
  menu.open = false;
  if (inside) menu.querySelector("summary").focus();
});

// A form sent back with mistakes: its summary of them (focusable, tabindex -1) takes
// the focus, so a phone shows it and a screen reader reads it first, rather than the
// top of a long form with the summary a screen or two down.
var formErrors = document.getElementById("form-errors");
if (formErrors) formErrors.focus();

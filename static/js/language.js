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

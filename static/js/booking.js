// The booking form's button says what sending it does: "Join the waiting list" when
// the date chosen is full (its radio button is marked data-waiting-list), "Book"
// otherwise, in the page's language (the button's data attributes). Without this
// script the server words the button after the date it was sent, and books the same.
(function () {
  var button = document.querySelector("button[data-waiting-list-label]");
  if (!button) return;
  var form = button.form;

  function wordTheButton() {
    var chosen = form.querySelector("input[name=date]:checked");
    if (!chosen) return; // none chosen yet: the server's wording holds
    button.textContent = chosen.hasAttribute("data-waiting-list")
      ? button.getAttribute("data-waiting-list-label")
      : button.getAttribute("data-book-label");
  }

  form.addEventListener("change", function (event) {
    if (event.target.name === "date") wordTheButton();
  });
  // On load, and when the visitor comes back to the page with a date the browser kept.
  window.addEventListener("pageshow", wordTheButton);
})();

// django-recurrence's widget writes the labels of its checkboxes and radio buttons
// ("Exclude occurrences", "Repeat until", "Date") as spans just after them, so a
// click on the words did nothing. A click on such a span clicks its input, as a
// <label> would (the widget's own handlers then run; a disabled input stays as it is).
document.addEventListener("click", (event) => {
    const label = event.target.closest("div.recurrence-widget .recurrence-label");
    const input = label && label.previousElementSibling;
    if (input && input.matches('input[type="checkbox"], input[type="radio"]')) {
        input.click();
    }
});

// After an htmx save, the lint panel and the messages are swapped in beside the form
// (hx-select-oob). Move focus to the error or the confirmation so that keyboard and
// screen-reader users learn the outcome. Without JavaScript, the save is a normal form post.
document.addEventListener("htmx:afterSettle", function (event) {
  if (!event.target || event.target.id !== "edit-form") { return; }
  var target = document.querySelector("#form-errors [role=alert], #flash [role=status], #flash [role=alert]");
  if (target) {
    target.setAttribute("tabindex", "-1");
    target.focus();
  }
});

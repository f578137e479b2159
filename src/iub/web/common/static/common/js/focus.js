// After htmx swaps in the next question or the answer, move focus to it so that keyboard and
// screen-reader users continue from there. Without JavaScript, each step is a normal page.
document.addEventListener("htmx:afterSwap", function (event) {
  var target = document.querySelector("#selfcheck [data-focus]");
  if (target) { target.focus(); }
});

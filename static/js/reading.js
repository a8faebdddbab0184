// Small enhancements; every page works without them.
// A paragraph's permalink (¶) still moves to the paragraph, and also copies its full address.
(function () {
  "use strict";
  var announcer = document.getElementById("announcer");

  function announce(message) {
    if (announcer) {
      announcer.textContent = "";
      window.setTimeout(function () { announcer.textContent = message; }, 50);
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.permalink");
    if (!link || !navigator.clipboard) {
      return;
    }
    navigator.clipboard.writeText(link.href).then(function () {
      link.classList.add("copied");
      announce(announcer ? announcer.dataset.copied : "");
      window.setTimeout(function () { link.classList.remove("copied"); }, 2000);
    }, function () { /* clipboard refused: the link still works as a link */ });
  });
})();

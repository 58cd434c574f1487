// parley — small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // Claim cards: clicking (or pressing Enter on) an underlined claim shows
  // its source card next to it and marks the claim in the side list.
  var pop = document.getElementById("popover");
  function hide() {
    if (pop) pop.hidden = true;
    document.querySelectorAll(".claim.active, .claims li.active").forEach(function (el) { el.classList.remove("active"); });
  }
  function show(target) {
    var i = target.getAttribute("data-claim");
    var card = document.getElementById("claim-" + i);
    if (!pop || !card) return;
    hide();
    pop.replaceChildren(card.cloneNode(true));
    pop.firstChild.removeAttribute("id");
    var r = target.getBoundingClientRect();
    pop.hidden = false;
    var top = r.bottom + 8, left = Math.min(r.left, window.innerWidth - pop.offsetWidth - 16);
    if (top + pop.offsetHeight > window.innerHeight) top = Math.max(8, r.top - pop.offsetHeight - 8);
    pop.style.top = top + "px";
    pop.style.left = Math.max(8, left) + "px";
    document.querySelectorAll('.claim[data-claim="' + i + '"]').forEach(function (el) { el.classList.add("active"); });
    card.classList.add("active");
  }
  document.querySelectorAll(".body .claim").forEach(function (el) {
    el.setAttribute("tabindex", "0");
    el.setAttribute("role", "button");
    el.setAttribute("aria-label", "show the source of this claim");
  });
  document.addEventListener("click", function (e) {
    var c = e.target.closest && e.target.closest(".body .claim");
    if (c && !e.target.closest("a")) { show(c); e.stopPropagation(); return; }
    if (pop && !pop.contains(e.target)) hide();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hide(); return; }
    if ((e.key === "Enter" || e.key === " ") && e.target.classList && e.target.classList.contains("claim")) {
      e.preventDefault();
      show(e.target);
    }
  });

  // Filters apply as soon as a select changes.
  document.querySelectorAll("form.filters select").forEach(function (s) {
    s.addEventListener("change", function () { s.form.submit(); });
  });

  // Upload progress on the ingest page.
  var form = document.getElementById("upload");
  var bar = document.getElementById("upload-progress");
  if (form && bar && window.XMLHttpRequest) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      bar.hidden = false;
      xhr.upload.addEventListener("progress", function (p) {
        if (p.lengthComputable) bar.value = Math.round(100 * p.loaded / p.total);
      });
      xhr.addEventListener("load", function () {
        // Show the result page's main part in place of this one's.
        var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
        var main = doc.querySelector("main");
        if (main) document.querySelector("main").replaceWith(main);
      });
      xhr.send(new FormData(form));
    });
  }
})();

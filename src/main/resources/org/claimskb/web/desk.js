// The desk's keyboard shortcuts and small touches; everything works without this file.
(function () {
  "use strict";
  function typing(e) {
    var t = e.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
  }
  function submit(id) {
    var f = document.getElementById(id);
    if (f) { f.requestSubmit ? f.requestSubmit() : f.submit(); return true; }
    return false;
  }
  function go(id) {
    var a = document.getElementById(id);
    if (a && a.href) { window.location.href = a.href; return true; }
    return false;
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) return;
    var done = false;
    switch (e.key) {
      case "a": done = submit("accept-form"); break;
      case "r": done = submit("reject-form"); break;
      case "n": case "j": done = go("next"); break;
      case "p": case "k": done = go("prev"); break;
      case "/": { var q = document.getElementById("q"); if (q) { q.focus(); q.select(); done = true; } break; }
    }
    if (done) e.preventDefault();
  });
  // Writes carry the page's token; htmx requests (validation as you type) send it as a header too.
  document.addEventListener("htmx:configRequest", function (e) {
    e.detail.headers["X-Desk-Token"] = document.body.getAttribute("data-token");
  });
})();

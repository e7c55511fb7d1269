// Pages waiting for the workflow: every element with an id and data-refresh="<ms>" is refreshed
// in place from the same address until the page no longer marks it, never while the focus is
// inside it, and without reloading the page (so the focus, the scroll and any typing stay).
// When the wait is over the rest of the page may have changed too (the timeline, the documents,
// a follow-up's history): it is then shown whole, once, unless the official is typing.
(function () {
  "use strict";

  function waiting() {
    return document.querySelectorAll("[data-refresh][id]");
  }

  function focusInside(element) {
    var active = document.activeElement;
    return active && active !== document.body && element.contains(active);
  }

  function typing() {
    var active = document.activeElement;
    return active && (active.tagName === "TEXTAREA" || active.tagName === "INPUT") && active.value;
  }

  function swap(fresh) {
    var done = false;
    waiting().forEach(function (element) {
      var next = fresh.getElementById(element.id);
      if (!next) {
        // The page became another page (e.g. a new cycle now exists): show it, once.
        window.location.reload();
        return;
      }
      if (focusInside(element)) {
        return;
      }
      if (next.innerHTML !== element.innerHTML) {
        element.innerHTML = next.innerHTML;
      }
      if (!next.hasAttribute("data-refresh")) {
        element.removeAttribute("data-refresh");
        done = true;
      }
    });
    if (done && !typing()) {
      window.location.reload();
    }
  }

  function tick() {
    fetch(window.location.href, { credentials: "same-origin", headers: { "X-Pantau-Refresh": "1" } })
      .then(function (answer) {
        return answer.ok ? answer.text() : Promise.reject(answer.status);
      })
      .then(function (html) {
        swap(new DOMParser().parseFromString(html, "text/html"));
      })
      .catch(function () {})
      .then(schedule);
  }

  function schedule() {
    var first = waiting()[0];
    if (first) {
      window.setTimeout(tick, Math.max(1000, parseInt(first.getAttribute("data-refresh"), 10) || 2000));
    }
  }

  document.addEventListener("DOMContentLoaded", schedule);
})();

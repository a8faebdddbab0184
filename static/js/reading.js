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

// Pop-ups (WCAG 1.4.13): a footnote's text and a citation's preview stay on screen, stay open while the
// pointer is on them, and close with Esc. Without the script a footnote's text still shows on hover and
// focus (css/site.css), and a citation is a plain link.
(function () {
  "use strict";
  var MARGIN = 8;

  function keepOnScreen(popup) {
    popup.style.left = popup.style.right = popup.style.top = popup.style.bottom = "";
    var box = popup.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var shift = 0;
    if (box.right > width - MARGIN) {
      shift = width - MARGIN - box.right;
    }
    if (box.left + shift < MARGIN) {
      shift = MARGIN - box.left;
    }
    if (shift) {
      var left = parseFloat(getComputedStyle(popup).left) || 0;
      popup.style.right = "auto";
      popup.style.left = left + shift + "px";
    }
    if (box.bottom > window.innerHeight - MARGIN && box.top - box.height > MARGIN) {
      popup.classList.add("popup--above");
    } else {
      popup.classList.remove("popup--above");
    }
  }

  // Footnote markers: the text is a child of the marker, so hovering it keeps it open.
  function footnoteOf(target) {
    return target.closest && target.closest(".fn-ref");
  }
  function showFootnote(event) {
    var ref = footnoteOf(event.target);
    var tip = ref && ref.querySelector(".fn-tip");
    if (tip) {
      ref.classList.remove("dismissed");
      ref.classList.add("open");
      keepOnScreen(tip);
    }
  }
  function hideFootnote(event) {
    var ref = footnoteOf(event.target);
    if (!ref || ref.contains(event.relatedTarget)) {
      return;
    }
    // Still held open by the other means (focus inside it, or the pointer on it): it stays as it is, and a
    // pop-up closed with Esc stays closed.
    var held = event.type === "mouseout" ? ref.contains(document.activeElement) : ref.matches(":hover");
    if (!held) {
      ref.classList.remove("open", "dismissed");
    }
  }
  document.addEventListener("mouseover", showFootnote);
  document.addEventListener("focusin", showFootnote);
  document.addEventListener("mouseout", hideFootnote);
  document.addEventListener("focusout", hideFootnote);

  // Citation previews: the cited paragraph (or resolution's title), fetched once from the API.
  var preview = null;
  var owner = null;
  var hideTimer = null;
  var cache = {};

  function previewBox() {
    if (!preview) {
      preview = document.createElement("div");
      preview.id = "cite-preview";
      preview.className = "cite-preview";
      preview.setAttribute("role", "tooltip");
      preview.hidden = true;
      preview.addEventListener("mouseover", function () { window.clearTimeout(hideTimer); });
      preview.addEventListener("mouseout", function (event) {
        if (!preview.contains(event.relatedTarget) && event.relatedTarget !== owner) {
          scheduleHide();
        }
      });
      document.body.appendChild(preview);
    }
    return preview;
  }

  function citedText(data, language) {
    var texts = data.texts || {};
    var entry = texts[language] || texts[Object.keys(texts)[0]] || {};
    return entry.text || entry.title || "";
  }

  function place(link) {
    var box = previewBox();
    var rect = link.getBoundingClientRect();
    box.style.top = window.scrollY + rect.bottom + 4 + "px";
    box.style.left = window.scrollX + rect.left + "px";
    box.classList.remove("popup--above");
    var width = document.documentElement.clientWidth;
    var own = box.getBoundingClientRect();
    var left = Math.min(rect.left, width - MARGIN - own.width);
    box.style.left = window.scrollX + Math.max(MARGIN, left) + "px";
    if (own.bottom > window.innerHeight - MARGIN && rect.top - own.height - 4 > MARGIN) {
      box.style.top = window.scrollY + rect.top - own.height - 4 + "px";
    }
  }

  function fill(link, text) {
    var box = previewBox();
    box.textContent = "";
    var heading = document.createElement("p");
    heading.className = "cite-preview-symbol";
    heading.textContent = link.textContent;
    var body = document.createElement("p");
    body.textContent = text.length > 600 ? text.slice(0, 600) + "…" : text;
    var holder = link.closest("[lang]");
    box.setAttribute("lang", holder ? holder.getAttribute("lang") : "");
    box.setAttribute("dir", holder && holder.closest("[dir]") ? holder.closest("[dir]").getAttribute("dir") : "ltr");
    box.appendChild(heading);
    box.appendChild(body);
    box.hidden = false;
    place(link);
  }

  function showPreview(link) {
    window.clearTimeout(hideTimer);
    owner = link;
    link.setAttribute("aria-describedby", "cite-preview");
    var url = link.dataset.preview;
    var language = (link.closest("[lang]") || document.documentElement).getAttribute("lang");
    if (cache[url] !== undefined) {
      fill(link, cache[url]);
      return;
    }
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        cache[url] = data ? citedText(data, language) : "";
        if (owner === link && cache[url]) {
          fill(link, cache[url]);
        }
      })
      .catch(function () { /* the link still works as a link */ });
  }

  function hidePreview() {
    if (preview) {
      preview.hidden = true;
    }
    if (owner) {
      owner.removeAttribute("aria-describedby");
    }
    owner = null;
  }
  function scheduleHide() {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hidePreview, 300);
  }

  function citation(target) {
    return target.closest && target.closest("a.cite[data-preview]");
  }
  document.addEventListener("mouseover", function (event) {
    var link = citation(event.target);
    if (link) {
      showPreview(link);
    }
  });
  document.addEventListener("focusin", function (event) {
    var link = citation(event.target);
    if (link) {
      showPreview(link);
    }
  });
  document.addEventListener("mouseout", function (event) {
    var link = citation(event.target);
    if (link && !(preview && preview.contains(event.relatedTarget))) {
      scheduleHide();
    }
  });
  document.addEventListener("focusout", function (event) {
    if (citation(event.target)) {
      hidePreview();
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    hidePreview();
    Array.prototype.forEach.call(document.querySelectorAll(".fn-ref.open"), function (ref) {
      ref.classList.add("dismissed");
    });
  });
})();

// The table of contents starts folded on narrow screens, and folds again once a line of it is followed.
(function () {
  "use strict";
  var details = document.querySelector(".toc-details");
  var narrow = window.matchMedia("(max-width: 63.99rem)");
  if (!details) {
    return;
  }
  if (narrow.matches) {
    details.open = false;
  }
  details.addEventListener("click", function (event) {
    if (narrow.matches && event.target.closest("a")) {
      details.open = false;
    }
  });
})();

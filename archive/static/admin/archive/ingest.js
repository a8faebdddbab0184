// Confirming a preview one file at a time, with a progress bar and a result per file. Without JavaScript
// the form posts the whole batch and the server answers with the same list of results.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("confirm-form");
  const panel = document.getElementById("ingest-progress");
  if (!form || !panel) return;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const indexes = form.dataset.indexes.split(",").filter(Boolean);
    const bar = panel.querySelector("progress");
    const count = panel.querySelector(".progress-count");
    const list = panel.querySelector(".ingest-results");
    document.querySelectorAll(".ingest-actions input[type=submit]").forEach((b) => { b.disabled = true; });
    panel.hidden = false;
    let done = 0;
    for (const index of indexes) {
      const body = new FormData(form);
      body.append("index", index);
      const item = document.createElement("li");
      try {
        const response = await fetch(form.action, { method: "POST", body, credentials: "same-origin" });
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        const result = await response.json();
        item.className = `result-${result.status}`;
        item.innerHTML = result.line; // rendered and escaped by the server, in the editor's language
      } catch (error) {
        item.className = "result-failed";
        item.textContent = panel.dataset.failed
          .replace("%(number)s", Number(index) + 1)
          .replace("%(reason)s", error.message);
      }
      list.append(item);
      done += 1;
      bar.value = done;
      count.textContent = `${done} / ${indexes.length}`;
    }
  });
});

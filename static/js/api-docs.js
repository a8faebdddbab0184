// What axe-core asks of Swagger UI's unfolded operations (templates/api/docs.html), given as Swagger UI
// draws them: a name for each <select> (a parameter's examples or values), for each operation's table of
// responses (a region: two unfolded operations would have two regions of one name), and scrolling code
// samples reachable by keyboard. The page is in English, as the schema it documents.
"use strict";
(() => {
  const root = document.getElementById("swagger-ui");
  const operation = (element) => {
    const block = element.closest(".opblock");
    const part = (selector) => block?.querySelector(selector)?.textContent.trim() ?? "";
    return `${part(".opblock-summary-method")} ${part(".opblock-summary-path")}`;
  };
  const label = (selector, name) => {
    for (const element of root.querySelectorAll(`${selector}:not([aria-label])`)) {
      element.setAttribute("aria-label", name(element));
    }
  };
  new MutationObserver(() => {
    label("select.examples-select-element", () => "Examples");
    label("tr[data-param-name] .parameters-col_description > select", (select) =>
      select.closest("tr").dataset.paramName);
    label("table.responses-table[role=region]", (table) => `Responses of ${operation(table)}`);
    for (const sample of root.querySelectorAll("pre.microlight:not([tabindex])")) {
      sample.setAttribute("tabindex", "0");
    }
  }).observe(root, { childList: true, subtree: true });
})();

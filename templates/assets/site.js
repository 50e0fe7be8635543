// Progressive enhancement only: without this script every item shows and every link works.
(() => {
  "use strict";

  // Action line pages: narrow the priorities and roadmap rows by goal and stakeholder group (?sdg=9&stakeholder=itu).
  const form = document.querySelector("form[data-filter]");
  if (form) {
    const selects = [...form.querySelectorAll("select[data-key]")];
    const items = [...document.querySelectorAll("main [data-sdgs]")];
    const status = form.querySelector("[data-filter-status]");
    const params = new URLSearchParams(location.search);
    for (const s of selects) {
      if (params.has(s.name) && [...s.options].some(o => o.value === params.get(s.name))) s.value = params.get(s.name);
    }
    const apply = () => {
      let shown = 0;
      for (const item of items) {
        const keep = selects.every(s => !s.value || item.dataset[s.dataset.key].split(" ").includes(s.value));
        item.hidden = !keep;
        if (keep) shown++;
      }
      for (const section of document.querySelectorAll("#priorities, .roadmap")) {
        section.hidden = !section.querySelector("[data-sdgs]:not([hidden])");
      }
      const active = selects.some(s => s.value);
      status.textContent = active ? `Showing ${shown} of ${items.length} items.` : "";
      const url = new URL(location.href);
      for (const s of selects) s.value ? url.searchParams.set(s.name, s.value) : url.searchParams.delete(s.name);
      history.replaceState(null, "", url);
    };
    form.addEventListener("change", apply);
    form.addEventListener("reset", () => setTimeout(apply));
    form.addEventListener("submit", e => e.preventDefault());
    form.hidden = false;
    if (selects.some(s => s.value)) apply();
  }

  // Item pages: copy the citation.
  for (const button of document.querySelectorAll("button[data-copy]")) {
    if (!navigator.clipboard) continue;
    const status = button.parentElement.querySelector("[data-copy-status]");
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(document.getElementById(button.dataset.copy).textContent.trim());
        status.textContent = "Copied.";
      } catch {
        status.textContent = "Copying is blocked here: select the text instead.";
      }
    });
  }

  // Print the presenter notes too.
  addEventListener("beforeprint", () => document.querySelectorAll("details").forEach(d => { d.open = true; }));
})();

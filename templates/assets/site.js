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
    const counts = [...document.querySelectorAll("#priorities > h2 .count, .roadmap > h2 .count")];
    for (const c of counts) c.dataset.all = c.textContent;
    const apply = () => {
      let shown = 0;
      const chosen = selects.filter(s => s.value);
      for (const item of items) {
        const keep = chosen.every(s => item.dataset[s.dataset.key].split(" ").includes(s.value));
        item.hidden = !keep;
        if (keep) shown++;
        // Mark why each item matched: the badges and tags that name the chosen goal or group.
        for (const badge of item.querySelectorAll("[data-match]")) {
          badge.classList.toggle("is-match", keep && chosen.some(s => badge.dataset.match.split(" ").includes(s.value)));
        }
      }
      for (const section of document.querySelectorAll("#priorities, .roadmap")) {
        const all = section.querySelectorAll("[data-sdgs]").length, left = section.querySelectorAll("[data-sdgs]:not([hidden])").length;
        section.hidden = left === 0;
        const count = section.querySelector("h2 .count");
        if (count) count.textContent = chosen.length ? `(${left} of ${all})` : count.dataset.all;
      }
      const names = chosen.map(s => s.selectedOptions[0].textContent.replace(/ \(\d+\)$/, ""));
      status.textContent = chosen.length
        ? `Showing ${shown} of ${items.length} items: those that name ${names.join(" and ")}. Their matching badges are outlined.`
        : "";
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
  addEventListener("beforeprint", () => document.querySelectorAll("details.notes, details.row__goals").forEach(d => { d.open = true; }));
})();

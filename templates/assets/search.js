// The search page: Pagefind's index (built after the site by `pagefind --site _site`) queried through its JS API.
// Where the index is missing, the page says so and points to the indexes; everything else on the site still works.
(() => {
  "use strict";
  const form = document.querySelector("form[data-search]");
  if (!form) return;
  const input = form.querySelector("input[name=q]");
  const selects = [...form.querySelectorAll("select[data-filter]")];
  const status = document.querySelector("[data-search-status]");
  const list = document.querySelector("[data-search-results]");
  const pageSize = 20;
  let pagefind = null;
  let run = 0;

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  for (const s of selects) if (params.has(s.name)) s.value = params.get(s.name);

  const load = async () => {
    if (!pagefind) {
      pagefind = await import("/pagefind/pagefind.js");
      await pagefind.init();
    }
    return pagefind;
  };

  const say = text => { status.textContent = text; };

  const item = data => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = data.url;
    a.textContent = data.meta.title || data.url;
    li.append(a);
    if (data.meta.kind) {
      const kind = document.createElement("p");
      kind.className = "result__kind";
      kind.textContent = data.meta.kind;
      li.append(kind);
    }
    const excerpt = document.createElement("p");
    excerpt.innerHTML = data.excerpt; // Pagefind escapes the text and adds only <mark>.
    li.append(excerpt);
    return li;
  };

  const search = async () => {
    const current = ++run;
    const query = input.value.trim();
    const filters = Object.fromEntries(selects.filter(s => s.value).map(s => [s.dataset.filter, s.value]));
    const url = new URL(location.href);
    url.search = new URLSearchParams([["q", query], ...selects.map(s => [s.name, s.value])].filter(([, v]) => v)).toString();
    history.replaceState(null, "", url);
    list.replaceChildren();
    if (!query && !Object.keys(filters).length) {
      say("Type a word or choose a filter.");
      return;
    }
    let engine;
    try {
      engine = await load();
    } catch {
      say("Search is not available in this copy of the site: its index has not been built. The action lines, SDGs and stakeholders pages list everything it holds.");
      return;
    }
    const found = await engine.search(query || null, { filters });
    if (current !== run) return;
    const total = found.results.length;
    say(total === 0 ? "Nothing found." : `${total} result${total === 1 ? "" : "s"}${query ? ` for “${query}”` : ""}.`);
    let shown = 0;
    const more = async () => {
      const page = await Promise.all(found.results.slice(shown, shown + pageSize).map(r => r.data()));
      if (current !== run) return;
      shown += page.length;
      list.querySelector(".results__more")?.remove();
      list.append(...page.map(item));
      if (shown < total) {
        const li = document.createElement("li");
        li.className = "results__more";
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = `Show more (${total - shown} left)`;
        button.addEventListener("click", more);
        li.append(button);
        list.append(li);
      }
    };
    await more();
  };

  let timer;
  form.addEventListener("submit", e => { e.preventDefault(); search(); });
  form.addEventListener("change", () => search());
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(search, 250); });
  input.addEventListener("focus", () => load().catch(() => {}), { once: true });
  search();
})();

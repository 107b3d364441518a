// Entity suggestions for the header search box (WAI-ARIA combobox with a list popup). Without this
// script the form still submits to /search, which lists matching entities above matching articles.
(() => {
  "use strict";
  const input = document.getElementById("site-search");
  const list = document.getElementById("site-suggestions");
  const status = document.getElementById("site-suggestions-status");
  if (!input || !list || !status) return;

  let active = -1;
  let items = [];
  let timer = 0;
  let controller = null;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    items = [];
    active = -1;
  };

  const highlight = (index) => {
    items.forEach((item, i) => item.setAttribute("aria-selected", i === index ? "true" : "false"));
    active = index;
    if (index >= 0) input.setAttribute("aria-activedescendant", items[index].id);
    else input.removeAttribute("aria-activedescendant");
  };

  const render = (hits, query) => {
    // A list that arrives while the reader is choosing keeps the choice: the answer for "Gadaf" may land after the
    // arrow key that picked from it, and Enter must still open what is highlighted.
    const chosen = active >= 0 ? items[active]?.dataset.url : undefined;
    list.replaceChildren();
    items = hits.map((hit, i) => {
      const li = document.createElement("li");
      li.id = `site-suggestion-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.className = "suggestion";
      li.dataset.url = hit.url;
      const name = document.createElement("span");
      name.className = "suggestion-name";
      name.textContent = hit.canonical;
      const meta = document.createElement("span");
      meta.className = "suggestion-meta";
      const kind = hit.kind ? `${hit.type}, ${hit.kind}` : hit.type;
      const matched = hit.matchedName && hit.matchedName !== hit.canonical ? ` · matched “${hit.matchedName}” (${hit.match})` : "";
      meta.textContent = `${kind}${matched}`;
      li.append(name, meta);
      // mousedown, not click: the input's blur would close the list before a click lands.
      li.addEventListener("mousedown", (event) => { event.preventDefault(); window.location.assign(hit.url); });
      list.append(li);
      return li;
    });
    const all = document.createElement("li");
    all.id = `site-suggestion-${items.length}`;
    all.setAttribute("role", "option");
    all.setAttribute("aria-selected", "false");
    all.className = "suggestion suggestion-all";
    all.dataset.url = `/search?q=${encodeURIComponent(query)}`;
    all.textContent = `Search the articles for “${query}”`;
    all.addEventListener("mousedown", (event) => { event.preventDefault(); window.location.assign(all.dataset.url); });
    list.append(all);
    items.push(all);
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    highlight(items.findIndex((item) => item.dataset.url === chosen));
    status.textContent = hits.length === 0 ? "No matching people, groups or places." : `${hits.length} matching ${hits.length === 1 ? "entity" : "entities"}; use the arrow keys to choose.`;
  };

  const suggest = async () => {
    const query = input.value.trim();
    if (query.length < 2) { close(); status.textContent = ""; return; }
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch(`/api/entities?q=${encodeURIComponent(query)}`, { signal: controller.signal, headers: { Accept: "application/json" } });
      if (!response.ok) { close(); return; }
      const hits = (await response.json()).slice(0, 8);
      if (input.value.trim() === query) render(hits, query);
    } catch (error) {
      if (error.name !== "AbortError") close();
    }
  };

  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(suggest, 150); });
  input.addEventListener("keydown", (event) => {
    if (list.hidden || items.length === 0) return;
    if (event.key === "ArrowDown") { event.preventDefault(); highlight((active + 1) % items.length); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active <= 0 ? items.length - 1 : active - 1); }
    // The first Escape closes the list; only a second one clears the box (the search input's default).
    else if (event.key === "Escape") { event.preventDefault(); close(); }
    else if (event.key === "Enter" && active >= 0) { event.preventDefault(); window.location.assign(items[active].dataset.url); }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
})();

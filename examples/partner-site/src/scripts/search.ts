/** Search from the browser: the API's `search`, results linked to this site's pages. A query in
the URL (?q=) is searched at once, so results can be linked to. */
import { ApiError, SearchDocument } from "@alliance-cms/client-kit";
import { browserApi } from "./browser-api";

export function searchSite(form: HTMLFormElement) {
  const language = form.dataset.language!;
  const input = form.querySelector("input")!;
  const list = form.parentElement!.querySelector(".search-results")!;
  const count = form.parentElement!.querySelector(".count")!;

  async function run(query: string) {
    try {
      const { search } = await browserApi.request(SearchDocument, { query, locale: language });
      count.textContent = search.totalCount ? String(search.totalCount) : form.dataset.empty!;
      list.replaceChildren(
        ...search.items.map((item) => {
          const entry = document.createElement("li");
          const link = document.createElement("a");
          link.href = `/${language}${item.urlPath}`;
          link.textContent = item.title;
          entry.append(link);
          if (item.isFallback) entry.append(` (${form.dataset.fallback} ${item.locale.languageCode})`);
          if (item.intro) {
            const intro = document.createElement("p");
            intro.textContent = item.intro;
            entry.append(intro);
          }
          return entry;
        }),
      );
    } catch (error) {
      count.textContent = error instanceof ApiError ? error.message : String(error);
      list.replaceChildren();
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    history.replaceState(null, "", `?q=${encodeURIComponent(input.value)}`);
    run(input.value);
  });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
}

/** The good-practice filters in the browser: the API's list and facet counts for the choice. */
import { GoodPracticesDocument, type PracticeStatus, type ThemeCode } from "@alliance-cms/client-kit";
import { browserApi } from "./browser-api";

function option(select: HTMLSelectElement, value: string, label: string, count: number) {
  const element = document.createElement("option");
  element.value = value;
  element.textContent = `${label} (${count})`;
  select.append(element);
}

export function filterPractices(section: HTMLElement) {
  const form = section.querySelector("form")!;
  const language = section.dataset.language!;
  const list = section.querySelector(".practice-list")!;
  const total = section.querySelector("[data-total]")!;

  form.addEventListener("change", async () => {
    const chosen = new FormData(form);
    const theme = String(chosen.get("theme") || "");
    const country = String(chosen.get("country") || "");
    const status = String(chosen.get("status") || "");
    const { goodPractices } = await browserApi.request(GoodPracticesDocument, {
      locale: language,
      themes: theme ? [theme as ThemeCode] : null,
      country: country || null,
      status: status ? (status as PracticeStatus) : null,
    });
    total.textContent = String(goodPractices.totalCount);
    list.replaceChildren(
      ...goodPractices.items.map((item) => {
        const entry = document.createElement("li");
        const link = document.createElement("a");
        link.href = `/${language}${item.urlPath}`;
        link.textContent = item.title;
        const details = document.createElement("small");
        details.textContent = ` ${item.cityOrRegion}, ${item.country.name} · ${item.status}`;
        entry.append(link, details);
        return entry;
      }),
    );
    // Counts of the other choices within this one, from the answer's facets.
    const facets = goodPractices.facets;
    const refill = (name: string, entries: { value: string; label: string; count: number }[]) => {
      const select = form.elements.namedItem(name) as HTMLSelectElement;
      const current = select.value;
      select.replaceChildren();
      option(select, "", section.dataset.any!, goodPractices.totalCount);
      for (const entry of entries) option(select, entry.value, entry.label, entry.count);
      select.value = current;
    };
    refill("theme", facets.themes.map((facet) => ({ value: facet.value, label: facet.label, count: facet.count })));
    refill("country", facets.countries.map((facet) => ({ value: facet.code, label: facet.name, count: facet.count })));
    refill("status", facets.statuses.map((facet) => ({ value: facet.value.toUpperCase(), label: facet.label, count: facet.count })));
  });
}

/** The languages to build: those the CMS publishes. */
import { languages } from "./api";

export async function languagePaths() {
  return (await languages()).map((lang) => ({ params: { lang } }));
}

/** hreflang alternates of one of this site's own routes: the same route in every language. */
export async function routeAlternates(route: string) {
  return (await languages()).map((languageCode) => ({ languageCode, urlPath: `/${route}/` }));
}

/**
 * The site's one way to the CMS: the client kit's typed client, with the answers a build asks for
 * more than once (the frame of each language) kept for the build.
 */
import { createClient, SiteDocument, type SiteQuery } from "@alliance-cms/client-kit";

export const endpoint: string = import.meta.env.PUBLIC_CMS_API;
if (!endpoint) {
  throw new Error("Set PUBLIC_CMS_API to the CMS's GraphQL endpoint, e.g. http://127.0.0.1:8000/graphql/");
}

export const api = createClient({ endpoint });

/** The CMS's origin: media (renditions, documents) may come as paths on it. */
export const cmsOrigin = new URL(endpoint).origin;

const frames = new Map<string, Promise<SiteQuery>>();

/** Site settings, menu and terminology of one language (one request per language per build). */
export function frame(locale: string): Promise<SiteQuery> {
  if (!frames.has(locale)) frames.set(locale, api.request(SiteDocument, { locale }));
  return frames.get(locale)!;
}

/** The languages the CMS publishes (the default site's). */
export async function languages(): Promise<string[]> {
  const { siteSettings } = await frame("en");
  return siteSettings.locales.map((locale) => locale.languageCode);
}

/** An absolute URL for a media URL of the CMS (which may be a path on the CMS's origin). */
export function media(url: string): string {
  return new URL(url, cmsOrigin).toString();
}

/** This site's path of a CMS page: /<language><path below the home page>. */
export function href(languageCode: string, urlPath: string): string {
  return `/${languageCode}${urlPath}`;
}

/** srcset with the CMS's origin on each candidate ("url 400w, url 800w"). */
export function srcset(value: string): string {
  return value
    .split(",")
    .map((candidate) => candidate.trim())
    .filter(Boolean)
    .map((candidate) => {
      const [url, width] = candidate.split(/\s+/);
      return `${media(url)} ${width ?? ""}`.trim();
    })
    .join(", ");
}

/**
 * Rich text from the CMS with its links made this site's: page links (data-locale,
 * data-url-path) to this site's paths, media links to the CMS's origin.
 */
export function richText(html: string): string {
  return html
    .replace(
      /<a href="[^"]*" data-page-id="\d+" data-locale="([^"]+)" data-url-path="([^"]+)">/g,
      (_match, languageCode: string, urlPath: string) => `<a href="${href(languageCode, urlPath)}">`,
    )
    .replace(/(src|href)="(\/[^"]*)"/g, (_match, attribute: string, path: string) => `${attribute}="${media(path)}"`);
}

/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** The CMS's GraphQL endpoint, e.g. https://cms.example.org/graphql/ (build and browser). */
  readonly PUBLIC_CMS_API: string;
  /** Where this site is served, e.g. https://roma-alliance.example.org (absolute hreflang). */
  readonly PUBLIC_SITE_URL?: string;
  /** Optional map tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (none: no tiles). */
  readonly PUBLIC_TILE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

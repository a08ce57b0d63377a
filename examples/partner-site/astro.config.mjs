// The partner site is static: every page is built from the CMS's API at build time, and the
// browser talks to the API directly only for what changes per visitor (search, practice filters,
// the membership form). PUBLIC_SITE_URL is where this site is served (absolute hreflang links);
// PUBLIC_CMS_API is the CMS's GraphQL endpoint, on its own origin.
import { defineConfig } from "astro/config";

export default defineConfig({
  site: process.env.PUBLIC_SITE_URL ?? "http://localhost:4321",
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  // No telemetry, no font or image service downloads: everything comes from the CMS.
  image: { service: { entrypoint: "astro/assets/services/noop" } },
  devToolbar: { enabled: false },
});

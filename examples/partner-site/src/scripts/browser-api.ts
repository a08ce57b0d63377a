/** The client kit's client in the visitor's browser: requests go to the CMS's origin (CORS). */
import { createClient } from "@alliance-cms/client-kit";

export const browserApi = createClient({ endpoint: import.meta.env.PUBLIC_CMS_API });

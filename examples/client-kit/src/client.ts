/**
 * A typed client for the Alliance CMS GraphQL API, over `fetch` (browsers, Node 18+, Deno, Astro).
 *
 * Every operation is sent as an automatic persisted query: queries as a GET carrying only the
 * document's SHA-256 (short, cacheable by the API's cache and any CDN), mutations as a POST.
 * When the API does not know the hash yet, the client sends the document once with it. An API in
 * safelist mode knows every document of this kit after `manage.py register_queries
 * generated/persisted-documents.json`, and never needs the text.
 */
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

import persistedDocuments from "../generated/persisted-documents.json";

// The documents as hashed (codegen's normalised print): the text sent with a hash must be this.
const documentsByHash: Record<string, string> = persistedDocuments;

/** A generated document: its text, its result and variables types, and its hash. */
export type PersistedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
  __meta__?: Record<string, unknown>;
};

/** One error of a GraphQL answer, as the API gives it (always with `extensions.code`). */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The API answered with errors (or not with GraphQL at all): `errors` has them. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorEntry[],
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The `extensions.code` of the first error, e.g. NOT_FOUND or BAD_USER_INPUT. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface ClientOptions {
  /** The API's URL, e.g. https://cms.example.org/graphql/ */
  endpoint: string;
  /** Extra headers, e.g. { Authorization: "Bearer <API key>" } for a partner key. */
  headers?: Record<string, string>;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
}

export interface Client {
  request<TResult, TVariables>(
    document: PersistedDocument<TResult, TVariables>,
    ...variables: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<TResult>;
}

interface Answer<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorEntry[];
}

function hashOf(document: { __meta__?: Record<string, unknown> }): string {
  const hash = document.__meta__?.["hash"];
  if (typeof hash !== "string" || !(hash in documentsByHash)) {
    throw new Error("This document is not in the kit's manifest: regenerate the kit (npm run codegen).");
  }
  return hash;
}

function isMutation(text: string): boolean {
  // The manifest's print puts fragments first, sorted: the operation may come after one.
  return /(?:^|\})\s*mutation\b/.test(text);
}

/** A client for one API endpoint. */
export function createClient({ endpoint, headers = {}, fetch: fetchImpl = globalThis.fetch }: ClientOptions): Client {
  async function send<TResult>(init: RequestInit, url: string): Promise<Answer<TResult> & { status: number }> {
    const response = await fetchImpl(url, {
      ...init,
      headers: { Accept: "application/graphql-response+json, application/json", ...headers, ...init.headers },
    });
    const type = response.headers.get("Content-Type") ?? "";
    if (!type.includes("json")) {
      throw new ApiError(`The API answered ${response.status} without JSON.`, [], response.status);
    }
    return { ...((await response.json()) as Answer<TResult>), status: response.status };
  }

  return {
    async request<TResult, TVariables>(
      document: PersistedDocument<TResult, TVariables>,
      ...rest: unknown[]
    ): Promise<TResult> {
      const variables = (rest[0] ?? {}) as Record<string, unknown>;
      const hash = hashOf(document);
      const text = documentsByHash[hash];
      // Apollo's protocol takes the bare hex digest; the manifest keys are "sha256:<hex>".
      const extensions = { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, "") } };
      const mutation = isMutation(text);
      let answer: Answer<TResult> & { status: number };
      if (mutation) {
        answer = await send<TResult>(
          { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ variables, extensions }) },
          endpoint,
        );
      } else {
        const parameters = new URLSearchParams({ extensions: JSON.stringify(extensions), variables: JSON.stringify(variables) });
        answer = await send<TResult>({ method: "GET" }, `${endpoint}?${parameters}`);
      }
      if (answer.errors?.[0]?.extensions?.code === "PERSISTED_QUERY_NOT_FOUND") {
        // First use on an API without a safelist: the document once, with its hash.
        answer = await send<TResult>(
          {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ query: text, variables, extensions }),
          },
          endpoint,
        );
      }
      if (answer.errors?.length || !answer.data) {
        const errors = answer.errors ?? [];
        throw new ApiError(errors.map((error) => error.message).join("; ") || "No data.", errors, answer.status);
      }
      return answer.data;
    },
  };
}

/** The Alliance CMS client kit: the typed documents of documents/ and a client to send them. */
export * from "../generated/graphql";
export { ApiError, createClient } from "./client";
export type { Client, ClientOptions, GraphQLErrorEntry, PersistedDocument } from "./client";

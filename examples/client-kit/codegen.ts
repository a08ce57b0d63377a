// graphql-codegen over the API's exported schema (schema.graphql at the repository root, which a
// test keeps equal to the running API): typed documents for every operation in documents/, and
// the persisted-query manifest (SHA-256 → document) that `manage.py register_queries` loads.
import type { CodegenConfig } from "@graphql-codegen/cli";

// CODEGEN_OUT lets the drift check (tests/test_client_kit.py) generate beside the committed copy.
const output = process.env.CODEGEN_OUT ?? "generated/";

const config: CodegenConfig = {
  schema: "../../schema.graphql",
  documents: ["documents/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    [output]: {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" },
      },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: {
          Date: "string",
          DateTime: "string",
          Time: "string",
          UUID: "string",
          GenericScalar: "unknown",
        },
      },
    },
  },
};

export default config;

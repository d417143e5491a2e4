import type { CodegenConfig } from '@graphql-codegen/cli'

// schema.graphql is printed from the CMS (`pnpm --filter @clinic/cms print-schema`) and committed,
// so a fresh clone generates types without a running CMS.
const config: CodegenConfig = {
  schema: './schema.graphql',
  documents: 'src/operations/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      // Typed document nodes, not `documentMode: 'string'`: graphql-request needs DocumentNodes.
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        // Results: every selected field is present (null when empty). Variables: nullable ones are optional.
        avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
        // Only the types that operations use, not the whole Strapi schema.
        onlyOperationTypes: true,
        scalars: {
          ID: { input: 'string', output: 'string' },
          JSON: 'unknown',
          DateTime: 'string',
          Date: 'string',
          Time: 'string',
          Long: 'number',
        },
      },
    },
  },
}

export default config

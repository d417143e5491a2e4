import type { CodegenConfig } from '@graphql-codegen/cli'

// schema.graphql is printed from the CMS (`pnpm --filter @clinic/cms print-schema`) and committed,
// so a fresh clone generates types without a running CMS.
const config: CodegenConfig = {
  schema: './schema.graphql',
  documents: 'src/operations/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      // typescript-operations v6 is standalone: it writes the enums and input types that the
      // operations use. Adding the `typescript` plugin to the same file declares them twice
      // (dotansimha/graphql-code-generator#10782), so it is left out.
      // Typed document nodes, not `documentMode: 'string'`: graphql-request needs DocumentNodes.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        // Enums as string-literal unions (`enumsAsTypes` of the v5 plugins): no runtime enum objects.
        enumType: 'string-literal',
        useTypeImports: true,
        skipTypename: true,
        // Results: every selected field is present (null when empty). Variables: nullable ones are optional.
        avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
        scalars: {
          ID: { input: 'string', output: 'string' },
          JSON: 'unknown',
          DateTime: 'string',
          Date: 'string',
          Time: 'string',
        },
      },
    },
  },
}

export default config

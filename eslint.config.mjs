// ESLint 9 flat config: Salesforce's LWC rules for TypeScript (recommended-ts) over component sources and Jest tests;
// typescript-eslint's recommended rules over the Node TypeScript of the tools and scripts.
import lwcRecommendedTs from '@salesforce/eslint-config-lwc/recommended-ts.js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const componentSources = ['force-app/**/lwc/**/*.ts', 'jest/**/*.ts'];
const testSources = ['force-app/**/lwc/**/__tests__/**/*.ts', 'jest/**/*.ts'];
const nodeSources = ['scripts/**/*.ts', 'tools/**/*.ts'];

export default [
    {
        ignores: ['**/lwc/**/*.js', '**/__fixtures__/**', 'node_modules/**', 'build/**', 'coverage/**', 'types/**']
    },
    // recommended-ts ships configs without a `files` glob, which in flat config means .js only; scope them to our .ts.
    ...lwcRecommendedTs.map((config) => ({ ...config, files: componentSources })),
    // Core rules that cannot see TypeScript types give way, as typescript-eslint recommends: no-undef flags every
    // type name. recommended-ts parses with Babel, whose AST typescript-eslint's own rules cannot read, so unused
    // variables are left to tsc (noUnusedLocals and noUnusedParameters in tsconfig.json), which understands
    // type-only imports.
    { ...tseslint.configs.eslintRecommended, files: componentSources },
    { files: componentSources, rules: { 'no-unused-vars': 'off' } },
    {
        files: testSources,
        languageOptions: {
            globals: { ...globals.node, ...globals.jest }
        },
        rules: {
            // Tests wait for the component's promises with a timer; components themselves may not.
            '@lwc/lwc/no-async-operation': 'off'
        }
    },
    ...tseslint.configs.recommended.map((config) => ({ ...config, files: nodeSources })),
    {
        files: nodeSources,
        languageOptions: { globals: globals.node },
        rules: {
            // The runtime's compile steps share a (..., line) signature whether or not a step reports the line;
            // unused locals and imports are still errors, here and in tsc (noUnusedLocals).
            '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }]
        }
    }
];

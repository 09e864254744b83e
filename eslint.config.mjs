// ESLint 9 flat config: Salesforce's LWC rules for TypeScript (recommended-ts) over component sources and Jest tests.
import lwcRecommendedTs from '@salesforce/eslint-config-lwc/recommended-ts.js';
import globals from 'globals';

const componentSources = ['force-app/**/lwc/**/*.ts', 'jest/**/*.ts'];

export default [
    {
        ignores: ['**/lwc/**/*.js', '**/__fixtures__/**', 'node_modules/**', 'build/**', 'coverage/**', 'types/**']
    },
    // recommended-ts ships configs without a `files` glob, which in flat config means .js only; scope them to our .ts.
    ...lwcRecommendedTs.map((config) => ({ ...config, files: componentSources })),
    {
        files: ['force-app/**/lwc/**/__tests__/**/*.ts', 'jest/**/*.ts'],
        languageOptions: {
            globals: { ...globals.node, ...globals.jest }
        }
    }
];

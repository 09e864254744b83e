// Jest for the Lightning Web Components (TypeScript sources and tests), via @salesforce/sfdx-lwc-jest.
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    testMatch: ['<rootDir>/force-app/**/lwc/**/__tests__/**/*.test.ts'],
    testPathIgnorePatterns: ['<rootDir>/node_modules/', '<rootDir>/build/', '/__fixtures__/'],
    setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/jest/setup.ts'],
    // Coverage of the TypeScript sources; the tsc output beside them would otherwise be reported at 0%.
    collectCoverageFrom: ['force-app/**/lwc/**/*.ts', '!**/__tests__/**', '!**/__mocks__/**'],
    coverageDirectory: '<rootDir>/coverage/lwc',
    coverageReporters: ['text-summary', 'lcov', 'json-summary'],
    coverageThreshold: {
        global: { lines: 85 }
    }
};

// Runs after the test framework is installed in every Jest test file.
import { registerSa11yMatcher } from '@sa11y/jest';

registerSa11yMatcher();

afterEach(() => {
    // Components appended by a test do not leak into the next one.
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
});

// The repository's own ESLint config: its globs apply relative to this fixture project.
export { default } from '../../../../../eslint.config.mjs';

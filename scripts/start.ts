/**
 * `npm start`: the local preview of Lodestar on an embedded sample org.
 *
 * The preview (real components, SLDS, real Apex controllers answered by the local Apex runtime) is being built
 * in stages; until it lands this command says so plainly rather than pretending to serve an app.
 */
import { listFiles, fromRoot } from './lib/paths';

const components = listFiles(fromRoot('force-app'), ['.js-meta.xml']).length;
const classes = listFiles(fromRoot('force-app'), ['.cls']).length;

console.log(
    [
        'Lodestar local preview',
        '',
        `Built ${components} Lightning web component bundle(s) and found ${classes} Apex class(es).`,
        'The browsable preview on an embedded sample org is not available yet: it needs the local Apex runtime',
        'to answer the components\u2019 Apex calls, and it arrives with the "npm start" issue.',
        'Meanwhile, `npm test` runs every check and test offline, and README.md explains how to deploy to a',
        'scratch org with `npm run org:up`.'
    ].join('\n')
);

// The repository's own Prettier options and plugins, so the fixture is checked the way the repository is.
const fs = require('node:fs');
const path = require('node:path');

module.exports = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', '..', '.prettierrc'), 'utf8'));

// `npm run api:doc`: writes docs/api.md from shared/api, so the documentation cannot drift
// from the contract (a test compares the two).
import { mkdirSync, writeFileSync } from 'node:fs';
import { contract } from '../shared/api/index';
import { renderApiDoc } from '../shared/api/doc';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/api.md', renderApiDoc());
console.log(`docs/api.md : ${Object.keys(contract).length} méthodes documentées.`);

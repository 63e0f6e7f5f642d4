#!/usr/bin/env node
// Prints the README's rule table from the rule catalog (needs a build): node scripts/rules-doc.mjs
import { ruleCatalog } from '../dist/index.js';

const esc = (s) => s.replace(/\|/g, '\\|');
console.log('| id | kind | what it takes |');
console.log('|---|---|---|');
for (const r of ruleCatalog()) console.log(`| \`${r.id}\` | ${r.kind} | ${esc(r.description)} |`);

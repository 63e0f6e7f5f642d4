#!/usr/bin/env node
// Prints the README's rule table, made from the rule modules (ruleCatalog; needs a build):
//   node scripts/rules-doc.mjs
// test/pipeline/catalog.test.ts checks that README.md holds exactly this table.
import { ruleTableMarkdown } from '../dist/index.js';

console.log(ruleTableMarkdown());

/**
 * The layering of src/, checked by `npm run check:layers` (part of `npm test`, so CI runs it).
 *
 * The folders form one order, the pipeline's: a folder may import only the folders before it
 * (and itself), never one after it, and no module may take part in an import cycle. io/ is a
 * side layer of file and stream formats: it knows the record's types and nothing of the stages.
 * README.md ("How it works") says the same in words; keep the two in step.
 *
 * TypeScript 7 has no compiler API for dependency-cruiser, so it parses the sources with swc;
 * type-only imports count like any other.
 */
const MAY_IMPORT = {
  schema: [],
  core: ['schema'],
  decode: ['schema', 'core'],
  parse: ['schema', 'core', 'decode'],
  segment: ['schema', 'core', 'decode', 'parse'],
  // site profiles: line normalisation and hashes (which the site-repeat rule reads), counting,
  // the profile file (zod), merging; the pipeline reads a profile through core's SiteProfileCounts
  profile: ['schema', 'core', 'decode', 'parse', 'segment'],
  rules: ['schema', 'core', 'decode', 'parse', 'segment', 'profile'],
  body: ['schema', 'core', 'decode', 'parse', 'segment', 'profile', 'rules'],
  extract: ['schema', 'core', 'decode', 'parse', 'segment', 'profile', 'rules', 'body'],
  pipeline: ['schema', 'core', 'decode', 'parse', 'segment', 'profile', 'rules', 'body', 'extract'],
  // a user's site rules: validated and compiled here, run by the pipeline through core's SiteRules interface
  'user-rules': ['schema', 'core', 'decode', 'parse', 'segment', 'profile', 'rules'],
  // output formats of an analysis (--to)
  output: ['schema', 'core', 'decode', 'parse', 'segment', 'profile', 'rules', 'body', 'extract', 'pipeline'],
  io: ['schema', 'core'],
  batch: ['schema', 'core', 'decode', 'parse', 'segment', 'profile', 'rules', 'body', 'extract', 'pipeline', 'user-rules', 'output', 'io'],
  cli: ['schema', 'core', 'decode', 'parse', 'segment', 'profile', 'rules', 'body', 'extract', 'pipeline', 'user-rules', 'output', 'io', 'batch'],
};
const FOLDERS = Object.keys(MAY_IMPORT);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other in a circle: the layering has to be drawable.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-unknown-folder',
      severity: 'error',
      comment: 'Every module sits in one of the layered folders (or is src/index.ts); a new folder gets a place in MAY_IMPORT.',
      from: { path: '^src/', pathNot: `^src/(index\\.ts$|(${FOLDERS.join('|')})/)` },
      to: {},
    },
    ...FOLDERS.map((f) => ({
      name: `layer-${f}`,
      severity: 'error',
      comment: `src/${f}/ may import only ${MAY_IMPORT[f].length ? MAY_IMPORT[f].map((x) => `src/${x}/`).join(', ') : 'nothing else in src/'} (and itself).`,
      from: { path: `^src/${f}/` },
      to: { path: '^src/', pathNot: `^src/(${[f, ...MAY_IMPORT[f]].join('|')})/` },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
  },
};

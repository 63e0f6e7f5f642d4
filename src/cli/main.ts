/** The unboil command line: a thin layer over clean(). */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { analyze } from '../core/clean.js';
import { InputError } from '../decode/index.js';
import { recordJsonSchema } from '../schema/record.js';
import { renderExplain } from './explain.js';
import type { Format } from '../core/types.js';

export const EXIT = { OK: 0, INPUT_FAILED: 1, USAGE: 2 } as const;

const EXAMPLES = `
Examples:
  $ unboil page.txt                      clean one text capture, print its JSON record
  $ cat page.txt | unboil > page.json    read stdin
  $ unboil page.html | jq .title         HTML captures are detected by their content
  $ unboil --explain page.txt            show which rule removed each line
  $ unboil schema > record.schema.json   JSON Schema of the record

Exit codes:
  0  every input was cleaned
  1  an input could not be cleaned (binary data, unreadable, ...)
  2  usage error or missing input
`;

interface Opts {
  format: Format | 'auto';
  explain?: boolean;
  compact?: boolean;
  url?: string;
  debug?: boolean;
}

function readInput(spec: string): { data: Buffer; path: string | null } {
  if (spec === '-') return { data: readFileSync(0), path: null };
  return { data: readFileSync(spec), path: spec };
}

function describeFsError(spec: string, e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT': return `${spec}: no such file or directory`;
    case 'EACCES': case 'EPERM': return `${spec}: permission denied`;
    case 'EISDIR': return `${spec}: is a directory`;
    default: return `${spec}: cannot read (${e.code ?? e.message})`;
  }
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.OK;
  const program = new Command();
  program
    .name('unboil')
    .description('Strip page boilerplate from an article capture (visible text or HTML) and print clean JSON.')
    .argument('[input]', 'capture file; "-" or nothing reads stdin')
    .addOption(new Option('--format <format>', 'input format').choices(['auto', 'text', 'html']).default('auto'))
    .option('--explain', 'show the capture with each removed line tagged by its rule')
    .option('--compact', 'print the record on one line')
    .option('--url <url>', 'URL of the page, stored in the record')
    .option('--debug', 'print stack traces on errors')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run unboil --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) })
    .action((input: string | undefined, opts: Opts) => {
      const spec = input ?? '-';
      if (spec === '-' && process.stdin.isTTY) {
        process.stderr.write('unboil: no input: give a file, or pipe a capture into stdin (unboil --help)\n');
        code = EXIT.USAGE;
        return;
      }
      let data: Buffer;
      let path: string | null;
      try {
        ({ data, path } = readInput(spec));
      } catch (e) {
        process.stderr.write(`unboil: ${describeFsError(spec === '-' ? 'stdin' : spec, e as NodeJS.ErrnoException)}\n`);
        code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? EXIT.USAGE : EXIT.INPUT_FAILED;
        return;
      }
      try {
        const a = analyze(data, { format: opts.format, path, url: opts.url ?? null });
        if (opts.explain) {
          process.stdout.write(renderExplain(a, process.stdout));
        } else {
          process.stdout.write(JSON.stringify(a.record, null, opts.compact ? undefined : 2) + '\n');
        }
        for (const w of a.record.warnings) process.stderr.write(`unboil: ${path ?? 'stdin'}: warning: ${w}\n`);
      } catch (e) {
        const name = path ?? 'stdin';
        if (e instanceof InputError) {
          process.stderr.write(`unboil: ${name}: ${e.message}\n`);
        } else {
          process.stderr.write(`unboil: ${name}: internal error: ${(e as Error).message}\n`);
          if (opts.debug) process.stderr.write(`${(e as Error).stack}\n`);
        }
        code = EXIT.INPUT_FAILED;
      }
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output record')
    .action(() => {
      process.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    throw e;
  }
  return code;
}

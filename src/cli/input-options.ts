/** The options that say which inputs to read and where a JSON Lines record keeps its capture: the same for a run and for `profile build`. */
import type { Command } from 'commander';

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('--include <glob>', 'in folders, only files matching the glob (repeatable; picomatch; no "/" = match the file name)', collect)
    .option('--exclude <glob>', 'in folders, skip files and folders matching the glob (repeatable)', collect)
    .option('--hidden', 'walk hidden files and folders (names starting with ".")')
    .option('--text-field <name>', 'JSON Lines: field holding a text capture', 'text')
    .option('--html-field <name>', 'JSON Lines: field holding an HTML capture', 'html')
    .option('--url-field <name>', 'JSON Lines: field holding the page URL', 'url');
}

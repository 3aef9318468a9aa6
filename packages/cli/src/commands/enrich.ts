// `mipas enrich`: JSON lines in on stdin, the same lines out on stdout with language, tags,
// fingerprint and relevance merged in. No database or queue: it runs anywhere, e.g. in a shell
// pipeline over an export.
import { readFileSync } from 'node:fs';
import type { RelevanceModel } from '@mipas/enrich';
import type { Command } from 'commander';
import { UsageError } from '../context';

export function register(program: Command): void {
  program
    .command('enrich')
    .description('enrich JSON lines from stdin (title, summary, text, url, language_hint, source) to stdout')
    .option('--model <file>', "relevance model JSON trained from curators' decisions")
    .addHelpText(
      'after',
      '\nEach output line is the input object plus language, language_confidence, topics, countries,\n' +
        'primary_country, organisations, fingerprint and relevance. A bad line becomes\n' +
        '{"error": "...", "line": N} and the rest go on; a summary goes to stderr.',
    )
    .action(async (opts: { model?: string }) => {
      // Loaded here, not at the top: other commands should not pay for the language models.
      const { enrichLines, parseRelevanceModel } = await import('@mipas/enrich');
      const { findSource } = await import('@mipas/sources');
      const relevanceModel = opts.model ? readModel(opts.model, parseRelevanceModel) : undefined;
      process.stdout.on('error', stopOnClosedPipe);
      const result = await enrichLines(process.stdin, process.stdout, {
        resolveSource: findSource,
        relevanceModel,
      });
      process.stderr.write(
        `mipas enrich: ${result.lines} lines, ${result.enriched} enriched, ${result.errors} errors\n`,
      );
    });
}

function readModel(path: string, parse: (json: string) => RelevanceModel): RelevanceModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read --model ${path}: ${(err as Error).message}`);
  }
  try {
    return parse(text);
  } catch (err) {
    throw new UsageError(`--model ${path}: ${(err as Error).message}`);
  }
}

/**
 * `mipas enrich | head` closes the pipe early; that is a normal way to stop, not a failure. Any
 * other write error (a full disk) ends the command with one line on stderr and exit code 1.
 */
function stopOnClosedPipe(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`mipas: cannot write the output: ${err.message}\n`);
  process.exit(1);
}

// Imported first by the evaluation scripts: an error ends the script with one line on stderr (the script's name and
// what went wrong, e.g. the data file that is missing), never a stack trace. XINWEN_TRACE=1 prints the trace too.
import { basename } from 'node:path';

const script = basename(process.argv[1] ?? 'script').replace(/\.[cm]?[jt]s$/, '');

function fail(error: unknown): never {
  if (process.env.XINWEN_TRACE) console.error(error);
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${script}: ${message.split('\n')[0]}\n`);
  process.exit(1);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

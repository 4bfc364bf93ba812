// npm run align -- --zh A.txt --en B.txt [--out result.json]: see main/domain/alignment/alignCommand.ts.
import { runAlignCommand } from '../main/domain/alignment/alignCommand';
import { loadCedictLexicon } from '../main/domain/alignment/cedictLexicon';

try {
  const result = runAlignCommand(process.argv.slice(2), loadCedictLexicon);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} catch (error) {
  // Not the input's fault: say so in one line, without a stack trace.
  process.stderr.write(`align: failed unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 70;
}

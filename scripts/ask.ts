/**
 * Asks the assistant from the command line, through the same `respond()` as the bot.
 *
 *   npm run --silent ask -- --json "vraag"            one JSON object: {answer, citations, kind, ms}
 *   npm run --silent ask -- --json --batch FILE       JSON lines in ({id, question}), one JSON line out per input
 *   npm run --silent ask -- "vraag"                   the answer as text
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { loadContradictions } from '../src/knowledge/contradictions.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { createRegionRulesEngine } from '../src/rules/index.js';
import { createProtocolAssistant } from '../src/assistant/protocol-assistant.js';
import { askBatchLineSchema, toAskOutput } from './ask-contract.js';

const usage = 'Gebruik: npm run --silent ask -- [--json] "vraag"  |  npm run --silent ask -- --json --batch BESTAND';

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const batchIndex = argv.indexOf('--batch');
  const batchFile = batchIndex >= 0 ? argv[batchIndex + 1] : undefined;
  const question = argv
    .filter((argument, position) => !argument.startsWith('--') && (batchIndex < 0 || position !== batchIndex + 1))
    .join(' ')
    .trim();
  if (batchIndex >= 0 && !batchFile) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  if (batchIndex < 0 && !question) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const config = loadConfig(process.env);
  const knowledge = loadKnowledgeBase();
  const contradictions = loadContradictions();
  const rules = createRegionRulesEngine({ region: config.protocolRegion, knowledge, contradictions });
  const { assistant } = createProtocolAssistant({ knowledge, config, contradictions, rules });

  const ask = async (text: string, id?: string) => {
    const started = performance.now();
    const reply = await assistant.respond(text);
    return toAskOutput(reply, performance.now() - started, id);
  };

  if (batchFile) {
    let failed = 0;
    const lines = readFileSync(batchFile, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '');
    for (const [lineNumber, line] of lines.entries()) {
      let parsed;
      try {
        parsed = askBatchLineSchema.safeParse(JSON.parse(line));
      } catch {
        parsed = undefined;
      }
      if (!parsed?.success) {
        process.stderr.write(`${batchFile}:${lineNumber + 1}: expected {"id": "...", "question": "..."}\n`);
        failed += 1;
        continue;
      }
      process.stdout.write(`${JSON.stringify(await ask(parsed.data.question, parsed.data.id))}\n`);
    }
    return failed > 0 ? 1 : 0;
  }

  const output = await ask(question);
  if (json) {
    process.stdout.write(`${JSON.stringify(output)}\n`);
  } else {
    const sources = output.citations.map(
      (citation) => `Bron: ${citation.doc} — ${citation.section} (${citation.sectionId})`,
    );
    process.stdout.write(`${[output.answer, '', ...sources].join('\n')}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`ask: ${error.message}\n`);
    process.exitCode = 1;
  },
);

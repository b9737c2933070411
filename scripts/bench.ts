/**
 * `npm run bench [-- <name> …]`: runs the named benchmarks (all by default) one after the other and
 * exits non-zero when one misses its targets. Each benchmark is a module in `scripts/bench/` exporting a
 * function that prints its figures and resolves whether its targets were met.
 */
type Benchmark = (print: (line: string) => void) => Promise<boolean>;

const benchmarks: Readonly<Record<string, Benchmark>> = {
  answers: async (print) => (await import('./bench/answers.js')).runAnswerBenchmark({ print }),
  turns: async (print) => (await import('./bench/turns.js')).runTurnBenchmark({ print }),
};

async function main(names: readonly string[]): Promise<number> {
  const unknown = names.filter((name) => !(name in benchmarks));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark: ${unknown.join(', ')}. Known: ${Object.keys(benchmarks).join(', ')}`);
    return 2;
  }
  let failed = 0;
  for (const name of names.length > 0 ? names : Object.keys(benchmarks)) {
    console.log(`\n== ${name} ==`);
    if (!(await benchmarks[name]!((line) => console.log(line)))) failed += 1;
  }
  return failed > 0 ? 1 : 0;
}

const usage = `Usage: npm run bench [-- <name> …]   (names: ${Object.keys(benchmarks).join(', ')}; all by default)`;

if (process.argv.includes('--help') || process.argv.includes('-h')) console.log(usage);
else
  main(process.argv.slice(2).filter((argument) => !argument.startsWith('--'))).then((code) => {
    process.exitCode = code;
  });

import type { TurnSample } from './run-load.js';

export type LoadSummary = {
  readonly kind: string;
  readonly turns: number;
  readonly errors: number;
  readonly turnsPerSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
};

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Figures for one phase of a run: throughput over the wall time of that phase, latency over all its turns. */
export function summarize(kind: string, samples: readonly TurnSample[], wallMs: number): LoadSummary {
  const latencies = samples.map((sample) => sample.latencyMs).sort((a, b) => a - b);
  return {
    kind,
    turns: samples.length,
    errors: samples.filter((sample) => sample.error).length,
    turnsPerSecond: samples.length / (wallMs / 1000),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

export function formatSummary(summary: LoadSummary): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return (
    `${summary.kind.padEnd(12)} ${String(summary.turns).padStart(5)} turns  ` +
    `${summary.turnsPerSecond.toFixed(1).padStart(7)} turns/s  p50 ${ms(summary.p50).padStart(9)}  p95 ` +
    `${ms(summary.p95).padStart(9)}  p99 ${ms(summary.p99).padStart(9)}  errors ${summary.errors}`
  );
}

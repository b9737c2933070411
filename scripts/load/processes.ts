import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { embeddedCosmosKey } from '../../src/storage/embedded-cosmos-server.js';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The resident set size of a process in MB, from `/proc` (Linux), or NaN when it cannot be read. */
function residentSetMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** CPU time (user + system) a process has used so far in ms, from `/proc` (Linux), or NaN when it cannot be read. */
export function cpuTimeMs(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Samples a process's RSS every `intervalMs` and keeps the peak. */
export function watchResidentSet(pid: number, intervalMs = 100) {
  let peak = residentSetMb(pid);
  const timer = setInterval(() => {
    const now = residentSetMb(pid);
    if (now > peak) peak = now;
  }, intervalMs);
  timer.unref();
  return {
    peak: () => Math.max(peak, residentSetMb(pid)),
    current: () => residentSetMb(pid),
    stop: () => clearInterval(timer),
  };
}

export type StoreProcess = {
  readonly endpoint: string;
  readonly key: string;
  readonly pid: number;
  /** Only with `faultProxy`: steers the proxy in front of the store. */
  readonly command: (
    type: 'stop' | 'start' | 'throttle' | 'counts',
    share?: number,
  ) => Promise<{ forwarded: number; throttled: number; reset: number }>;
  readonly close: () => Promise<void>;
};

function waitForExit(child: ChildProcess, timeoutMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Starts the embedded Cosmos DB–protocol server in its own process (optionally behind the fault proxy). */
export async function startStoreProcess({
  faultProxy = false,
}: { readonly faultProxy?: boolean } = {}): Promise<StoreProcess> {
  const child = fork(
    fileURLToPath(new URL('./store-process.ts', import.meta.url)),
    faultProxy ? ['--fault-proxy'] : [],
    {
      execArgv: ['--import', 'tsx'],
      cwd: repositoryRoot,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`store process exited with ${code}`)));
    child.once('message', (message: { type: string; endpoint: string }) => resolve(message.endpoint));
  });
  child.removeAllListeners('exit');
  let nextId = 0;
  const pending = new Map<number, (counts: { forwarded: number; throttled: number; reset: number }) => void>();
  child.on(
    'message',
    (message: { type: string; id: number; counts: { forwarded: number; throttled: number; reset: number } }) => {
      if (message.type === 'done') pending.get(message.id)?.(message.counts);
      pending.delete(message.id);
    },
  );
  return {
    endpoint,
    key: embeddedCosmosKey,
    pid: child.pid!,
    command: (type, share) =>
      new Promise((resolve) => {
        nextId += 1;
        pending.set(nextId, resolve);
        child.send({ id: nextId, type, share });
      }),
    close: async () => {
      child.disconnect();
      await waitForExit(child);
    },
  };
}

export type ServerProcess = {
  readonly url: string;
  readonly pid: number;
  /** Everything the process wrote to stdout and stderr so far (kept only with `keepOutput`). */
  readonly output: () => string;
  /** Resolves with the exit code when the process ends. */
  readonly exited: Promise<number | null>;
  readonly close: () => Promise<void>;
};

/**
 * Starts an entry point (`bot/index.ts`, the compiled `dist/.../bot/index.js`, the echo bot) as its own
 * Node process, and resolves once it logged `{"event":"server-start","url":...}`.
 */
export async function startServerProcess({
  entry,
  env,
  keepOutput = false,
  nodeArguments = [],
}: {
  /** A `.ts` file (run through tsx) or a compiled `.js` file (run by plain node, as deployed). */
  readonly entry: string;
  readonly env: Record<string, string>;
  readonly keepOutput?: boolean;
  readonly nodeArguments?: readonly string[];
}): Promise<ServerProcess> {
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeArguments, ...loader, entry], {
    cwd: repositoryRoot,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  let pendingLine = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (data: Buffer) => {
      const text = data.toString('utf8');
      if (keepOutput) chunks.push(text);
      pendingLine += text;
      const lines = pendingLine.split('\n');
      pendingLine = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.includes('"server-start"')) continue;
        try {
          resolve((JSON.parse(line) as { url: string }).url);
        } catch {
          // not the line we wait for
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (data: Buffer) => {
      chunks.push(data.toString('utf8'));
      if (!keepOutput) process.stderr.write(data);
    });
    void exited.then((code) => reject(new Error(`${entry} exited with ${code} before listening:\n${chunks.join('')}`)));
  });
  return {
    url,
    pid: child.pid!,
    output: () => chunks.join(''),
    exited,
    close: async () => {
      child.kill('SIGTERM');
      await waitForExit(child);
    },
  };
}

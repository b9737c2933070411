import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tenantId } from '../helpers/teams-activity.js';
import { users } from '../forms-support.js';

/** The security suite's roles file: two schools, school A bound to the test tenant. */
export function writeTenantRolesFile(): string {
  const directory = mkdtempSync(join(tmpdir(), 'roles-security-'));
  const path = join(directory, 'roles.yaml');
  writeFileSync(
    path,
    `schools:
  - id: school-a
    name: Testcollege A
    tenantId: ${tenantId}
    members:
      - { userId: ${users.mentor.aadObjectId}, name: ${users.mentor.name}, roles: [mentor] }
      - { userId: ${users.mentor2.aadObjectId}, name: ${users.mentor2.name}, roles: [mentor] }
      - { userId: ${users.oco.aadObjectId}, name: ${users.oco.name}, roles: [oco] }
      - { userId: ${users.admin.aadObjectId}, name: ${users.admin.name}, roles: [school-admin] }
  - id: school-b
    name: Testcollege B
    tenantId: 00000000-0000-4000-8000-00000000000b
    members:
      - { userId: ${users.otherOco.aadObjectId}, name: ${users.otherOco.name}, roles: [oco, mentor] }
`,
  );
  return path;
}

export type Recorder = { readonly serviceUrl: string; readonly bodies: string[]; readonly close: () => Promise<void> };

/**
 * An attacker's "channel" on another loopback address (127.0.0.2): it records whatever the bot sends it.
 * Network stays on this machine.
 */
export async function startAttackerRecorder(host = '127.0.0.2'): Promise<Recorder> {
  const bodies: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    bodies.push(Buffer.concat(chunks).toString('utf8'));
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ id: `attacker-${bodies.length}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://${host}:${port}/`,
    bodies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An activity as Teams would send it, minus every trace of the tenant. */
export function withoutTenant<T extends { conversation: object; channelData?: object }>(activity: T): T {
  const { tenantId: _dropped, ...conversation } = activity.conversation as { tenantId?: string };
  return { ...activity, conversation, channelData: {} };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

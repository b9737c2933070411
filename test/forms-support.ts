import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { mentor, teamsCardAction, teamsInstall, teamsMessage, type TeamsUser } from './helpers/teams-activity.js';
import type { TestBot } from './helpers/test-bot.js';

/** Shared by the forms and access tests: users, a roles file, valid form data and card helpers. */
export const users = {
  mentor,
  mentor2: { id: '29:1-mentor-2', aadObjectId: 'aad-mentor-0002', name: 'Mentor Jansen' },
  oco: { id: '29:1-oco', aadObjectId: 'aad-oco-0001', name: 'Oco Bakker' },
  coach: { id: '29:1-coach', aadObjectId: 'aad-coach-0001', name: 'Coördinator Smit' },
  admin: { id: '29:1-admin', aadObjectId: 'aad-admin-0001', name: 'Beheerder Visser' },
  otherOco: { id: '29:1-oco-b', aadObjectId: 'aad-oco-b-0001', name: 'Oco Andere School' },
  stranger: { id: '29:1-stranger', aadObjectId: 'aad-stranger-0001', name: 'Onbekende' },
} satisfies Record<string, TeamsUser>;

export function writeRolesFile(): string {
  const directory = mkdtempSync(join(tmpdir(), 'roles-'));
  const path = join(directory, 'roles.yaml');
  writeFileSync(
    path,
    `schools:
  - id: school-a
    name: Testcollege A
    members:
      - { userId: ${users.mentor.aadObjectId}, name: ${users.mentor.name}, roles: [mentor] }
      - { userId: ${users.mentor2.aadObjectId}, name: ${users.mentor2.name}, roles: [mentor] }
      - { userId: ${users.oco.aadObjectId}, name: ${users.oco.name}, roles: [oco] }
      - { userId: ${users.coach.aadObjectId}, name: ${users.coach.name}, roles: [verzuimcoach-coordinator] }
      - { userId: ${users.admin.aadObjectId}, name: ${users.admin.name}, roles: [school-admin] }
  - id: school-b
    name: Testcollege B
    members:
      - { userId: ${users.otherOco.aadObjectId}, name: ${users.otherOco.name}, roles: [oco, mentor] }
`,
  );
  return path;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A birth date that makes the pupil `age` years old today. */
export function birthDateForAge(age: number): string {
  const today = new Date();
  return `${today.getUTCFullYear() - age}-01-15`;
}

export function today(): string {
  return isoDay(new Date(Date.now() - 12 * 3600_000));
}

export function validAanmeldformulier(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    verb: 'form-submit',
    formType: 'aanmeldformulier',
    submissionId: randomUUID(),
    discussedWithParents: 'true',
    pupilName: 'Sanne de Boer',
    birthDate: birthDateForAge(14),
    parentPhone: '06 12345678',
    parentEmail: 'ouders.deboer@example.nl',
    schoolGroup: 'Testcollege A / 2B',
    staffName: 'Mentor De Vries',
    formDate: today(),
    reasons: 'meer-dan-4-dagen,drie-keer-in-2-maanden',
    absenceOverview: 'Sept: 3 dagen ziek, okt: 2 keer 1 dag ziek.',
    q1Pattern: 'Vooral op maandag.',
    q2ParentReason: 'Buikpijn.',
    q3UnderCare: 'nee',
    q3CareWho: '',
    q3Diagnosis: '',
    q4Concerns: 'Geen probleemgedrag bekend.',
    q5Wijkteam: 'nee',
    q5Notes: '',
    q6OtherAbsence: 'nee',
    q6Which: '',
    q6Leerplicht: '',
    q7Actions: '12-10 gesprek met ouders en leerling.',
    q7Result: 'Afspraak: ziekmelden bij mentor.',
    consentBy: 'ouders',
    consentGiven: 'true',
    ...overrides,
  };
}

export function validVerwijzing(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    verb: 'form-submit',
    formType: 'verzuimcoach',
    submissionId: randomUUID(),
    pupilName: 'Daan Willems',
    birthDate: birthDateForAge(13),
    department: '',
    level: 'vmbo-gt-mavo',
    leerjaar: '2',
    absenceSince: isoDay(new Date(Date.now() - 60 * 86_400_000)),
    absenceExtent: 'Ongeveer de helft van de lessen.',
    schoolActions: '1-9 gesprek mentor; 15-9 gesprek oco met ouders.',
    careInvolved: 'geen',
    referralKind: 'preventief',
    consentBy: 'leerling-en-ouders',
    consentGiven: 'true',
    contactName: 'Oco Bakker',
    contactRole: 'Zorgcoördinator',
    contactPhone: '073 1234567',
    contactEmail: 'oco@testcollege.example',
    ...overrides,
  };
}

export type Conversation = { readonly serviceUrl: string; readonly conversationId: string; readonly from: TeamsUser };

/** Presses an `Action.Execute` button; resolves with the card Teams would show in its place, or the text. */
export async function execute(
  bot: TestBot,
  conversation: Conversation,
  verb: string,
  data: Record<string, unknown>,
): Promise<{ status: number; card?: any; text?: string; body: any }> {
  const response = await bot.post(teamsCardAction({ ...conversation, verb, data: { verb, ...data } }));
  const value = response.body?.value;
  if (response.body?.type === 'application/vnd.microsoft.card.adaptive')
    return { status: response.status, card: value, body: response.body };
  return { status: response.status, text: typeof value === 'string' ? value : undefined, body: response.body };
}

export async function say(bot: TestBot, conversation: Conversation, text: string) {
  return bot.post(teamsMessage({ ...conversation, text }));
}

export async function install(bot: TestBot, conversation: Conversation) {
  return bot.post(teamsInstall(conversation));
}

/** Every element of a card with this id (inputs) or all TextBlock texts. */
export function findInput(card: any, id: string): any {
  let found: any;
  const walk = (node: any) => {
    if (found || node === null || typeof node !== 'object') return;
    if (node.id === id && typeof node.type === 'string' && node.type.startsWith('Input.')) found = node;
    for (const value of Object.values(node)) walk(value);
  };
  walk(card);
  return found;
}

/** The text of the TextBlock that follows the input (its error), if any. */
export function errorBeside(card: any, id: string): string | undefined {
  let result: string | undefined;
  const walk = (node: any) => {
    if (result !== undefined || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((element, index) => {
        if (element?.id === id && typeof element.type === 'string' && element.type.startsWith('Input.')) {
          const next = node[index + 1];
          result = next?.type === 'TextBlock' && next.color === 'Attention' ? next.text : '';
        }
      });
    }
    for (const value of Object.values(node)) walk(value);
  };
  walk(card);
  return result;
}

export async function dossierRecords(bot: TestBot, schoolId: string): Promise<any[]> {
  const { resources } = await bot.store.containers.dossier.items
    .query(
      {
        query: 'SELECT * FROM c WHERE c.docType = "dossierRecord" AND c.schoolId = @schoolId',
        parameters: [{ name: '@schoolId', value: schoolId }],
      },
      { partitionKey: schoolId },
    )
    .fetchAll();
  return resources;
}

export async function auditEntries(bot: TestBot, schoolId: string): Promise<any[]> {
  const { resources } = await bot.store.containers.audit.items
    .query(
      { query: 'SELECT * FROM c WHERE c.schoolId = @schoolId', parameters: [{ name: '@schoolId', value: schoolId }] },
      { partitionKey: schoolId },
    )
    .fetchAll();
  return resources;
}

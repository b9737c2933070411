import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { tenantId, type TeamsUser } from '../../test/helpers/teams-activity.js';
import { loadUser } from './teams-users.js';

/** The school whose mentors file forms under load, and the school whose users try to get at them. */
export const loadSchool = { id: 'lyceum-load', name: 'Loadlyceum' } as const;
export const otherSchool = { id: 'college-elders', name: 'College Elders' } as const;

export type FaultFixture = {
  readonly rolesFile: string;
  /** Mentors of the load school, one per conversation. */
  readonly mentors: readonly TeamsUser[];
  /** The load school's zorgcoördinator (she is told of every filed form). */
  readonly oco: TeamsUser;
  /** Users of the other school: a mentor and an oco, who try to read, list and change the load school's forms. */
  readonly intruders: readonly TeamsUser[];
};

/** Writes a roles file with both schools to a temporary directory. */
export function writeFaultFixture(mentorCount: number): FaultFixture {
  const mentors = Array.from({ length: mentorCount }, (_, index) => loadUser(index, 'mentor'));
  const oco = loadUser(0, 'oco');
  const intruders = [loadUser(0, 'elders-mentor'), loadUser(0, 'elders-oco')];
  const file = {
    schools: [
      {
        id: loadSchool.id,
        name: loadSchool.name,
        tenantId,
        members: [
          ...mentors.map((user) => ({ userId: user.aadObjectId, name: user.name, roles: ['mentor'] })),
          { userId: oco.aadObjectId, name: oco.name, roles: ['oco'] },
        ],
      },
      {
        id: otherSchool.id,
        name: otherSchool.name,
        tenantId,
        members: [
          { userId: intruders[0]!.aadObjectId, name: intruders[0]!.name, roles: ['mentor'] },
          { userId: intruders[1]!.aadObjectId, name: intruders[1]!.name, roles: ['oco', 'school-admin'] },
        ],
      },
    ],
  };
  const directory = mkdtempSync(join(tmpdir(), 'verzuimwijzer-faults-'));
  const rolesFile = join(directory, 'roles.yaml');
  writeFileSync(rolesFile, stringify(file));
  return { rolesFile, mentors, oco, intruders };
}

export type Pupil = {
  readonly name: string;
  /** yyyy-mm-dd */
  readonly birthDate: string;
};

const firstNames = ['Fenna', 'Jurre', 'Sanne', 'Mees', 'Noor', 'Bram', 'Lotte', 'Thijs', 'Isa', 'Daan'];
const lastNames = ['Kwakkelstein', 'Verhoeckx', 'Brouwenaar', 'Ten Haaf', 'Oosterdijk'];

/**
 * A made-up pupil per submission, with a name and birth date found nowhere else, so the log can be searched for them.
 */
export function pupilFor(index: number): Pupil {
  const suffix = String.fromCharCode(97 + (index % 26)) + String.fromCharCode(97 + (Math.floor(index / 26) % 26));
  const name = `${firstNames[index % firstNames.length]} ${lastNames[index % lastNames.length]}${suffix}`;
  const day = 1 + (index % 28);
  const month = 1 + (Math.floor(index / 28) % 12);
  const year = 2010 + (Math.floor(index / 336) % 3);
  return { name, birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** The strings that must not appear in the bot's log: each name, each birth date in two spellings. */
export function sensitiveStrings(pupils: readonly Pupil[]): string[] {
  return pupils.flatMap(({ name, birthDate }) => {
    const [year, month, day] = birthDate.split('-');
    return [name, birthDate, `${day}-${month}-${year}`];
  });
}

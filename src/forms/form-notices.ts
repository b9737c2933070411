import type { Actor } from '../access/actor.js';
import { userKey, type MemberEntry } from '../access/role-directory.js';
import type { AuditInput } from '../dossier/audit-trail.js';
import type { DossierRecord } from '../dossier/dossier-record.js';
import { escapeCardMarkdown } from './card-text.js';
import type { FormCatalog } from './form-catalog.js';
import type { SummaryView } from './form-views.js';

/** One colleague to tell of a filed form: the summary they see, and the audit line written before it goes out. */
export type FormNotice = {
  readonly userId: string;
  readonly view: SummaryView;
  /** A fixed id, so a retried delivery writes the line once. */
  readonly auditLine: AuditInput;
};

/**
 * Who is told of a filed form and what they see: the access policy picks the school's members (the
 * form's `access.notify` roles, never the filer); each sees the summary with the actions their roles allow.
 */
export function formNotices({
  filer,
  record,
  members,
  catalog,
  summarize,
}: {
  readonly filer: Actor;
  readonly record: DossierRecord;
  readonly members: readonly MemberEntry[];
  readonly catalog: FormCatalog;
  readonly summarize: (actor: Actor, record: DossierRecord, notice: string, color: 'Good') => SummaryView;
}): FormNotice[] {
  return catalog.policy.recipients({ filer, recordType: record.recordType, members }).map((member) => {
    const recipient: Actor = {
      userId: member.userId,
      name: member.name,
      schoolId: filer.schoolId,
      schoolName: filer.schoolName,
      roles: member.roles,
      demo: filer.demo,
    };
    return {
      userId: member.userId,
      view: summarize(recipient, record, `Nieuw formulier van ${escapeCardMarkdown(filer.name)}.`, 'Good'),
      auditLine: {
        id: `notify-${record.id}-${userKey(member.userId)}`,
        schoolId: filer.schoolId,
        userId: member.userId,
        action: 'record-read',
        outcome: 'allowed',
        reason: 'notification',
        recordId: record.id,
        recordType: record.recordType,
      },
    };
  });
}

import type { Actor } from '../access/actor.js';
import { recordTypeLabels, statusLabels, type DossierRecord, type RecordStatus } from '../dossier/dossier-record.js';
import { escapeCardMarkdown } from './card-text.js';
import { builtInCatalog, type FormCatalog } from './form-catalog.js';
import type { NoticeColor, StatusActionView } from './form-views.js';
import { formatDutchDateTime } from './form-views.js';

export type OverzichtRecordView = {
  readonly id: string;
  readonly title: string;
  readonly typeLabel: string;
  readonly statusLabel: string;
  readonly createdAt: string;
  readonly createdByName: string;
  /** The one next step offered in the list (all of them are on the record's own card). */
  readonly actions: readonly StatusActionView[];
};

export type OverzichtView = {
  readonly schoolName: string;
  readonly demo: boolean;
  readonly scopeLabel: string;
  readonly filterLabel: string;
  readonly countLabel: string;
  readonly moreLabel: string;
  readonly notice: string;
  readonly noticeColor: NoticeColor;
  readonly filters: readonly { readonly title: string; readonly status: string }[];
  readonly records: readonly OverzichtRecordView[];
};

const primaryTitles: Partial<Record<RecordStatus, string>> = {
  'in-behandeling': 'In behandeling nemen',
  afgerond: 'Afronden',
};

/** The overzicht card's data. `shown` limits the list so the card stays well under Teams' 28 KB. */
export function overzichtView({
  actor,
  records,
  status,
  nextStatuses,
  shown = 15,
  notice = '',
  noticeColor = 'Default',
  catalog = builtInCatalog,
}: {
  readonly actor: Actor;
  readonly records: readonly DossierRecord[];
  readonly status?: RecordStatus;
  readonly nextStatuses: (record: DossierRecord) => RecordStatus[];
  readonly shown?: number;
  readonly notice?: string;
  readonly noticeColor?: NoticeColor;
  /** @default the built-in forms */
  readonly catalog?: FormCatalog;
}): OverzichtView {
  const scope = catalog.policy.listScope(actor);
  const readable = (scope.recordTypes ?? []).map(
    (recordType) => catalog.find(recordType)?.pluralLabel ?? recordTypeLabels[recordType] ?? recordType,
  );
  const scopeLabel = scope.all
    ? `Alle formulieren van ${actor.schoolName}`
    : readable.length > 0
      ? `${readable.join(', ')} van ${actor.schoolName}, en wat je zelf hebt ingediend`
      : 'Formulieren die je zelf hebt ingediend';
  const visible = records.slice(0, shown);
  return {
    schoolName: actor.schoolName,
    demo: actor.demo,
    scopeLabel,
    filterLabel: status ? statusLabels[status] : 'Alle statussen',
    countLabel: records.length === 1 ? '1 formulier' : `${records.length} formulieren`,
    moreLabel:
      records.length > shown ? `De ${shown} nieuwste staan hierboven; kies een filter om de andere te zien.` : '',
    notice,
    noticeColor,
    filters: [
      { title: 'Alle', status: '' },
      { title: 'Ingediend', status: 'ingediend' },
      { title: 'In behandeling', status: 'in-behandeling' },
      { title: 'Afgerond', status: 'afgerond' },
      { title: 'Ingetrokken', status: 'ingetrokken' },
    ],
    records: visible.map((record) => {
      const primary = nextStatuses(record).find((to) => to in primaryTitles);
      return {
        id: record.id,
        title: escapeCardMarkdown(record.title),
        typeLabel: catalog.find(record.recordType)?.label ?? recordTypeLabels[record.recordType] ?? record.recordType,
        statusLabel: statusLabels[record.status],
        createdAt: formatDutchDateTime(record.createdAt),
        createdByName: escapeCardMarkdown(record.createdBy.name),
        actions: primary
          ? [{ title: primaryTitles[primary]!, to: primary, recordId: record.id, etag: record.etag }]
          : [],
      };
    }),
  };
}

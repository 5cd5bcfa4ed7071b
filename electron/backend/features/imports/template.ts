import type { ImportKind } from '../../../../shared/api/imports';
import { ACCESS_ROUTES, FUNDINGS } from '../../../../shared/api/learners';
import { CONTRACT_TYPES } from '../../../../shared/api/trainers';
import { IMPORT_FIELDS } from '../../../../shared/domain/import-columns';
import {
  ACCESS_ROUTE_VARIANTS,
  CONTRACT_TYPE_VARIANTS,
  FUNDING_VARIANTS,
} from '../../../../shared/domain/import-values';
import { importTemplateFr as t } from '../../../../shared/i18n/fr/imports';
import { accessRouteLabelsFr, fundingLabelsFr } from '../../../../shared/i18n/fr/learners';
import { contractTypeLabelsFr } from '../../../../shared/i18n/fr/trainers';
import type { CellValue, WorkbookPlan } from './workbook-write';

/** The XLSX a centre fills to import learners or trainers, with a help sheet of accepted values. */

const DATE_KEYS = new Set(['birthDate', 'contractStart', 'contractEnd', 'entryDate']);

const EXAMPLES: Record<ImportKind, Record<string, string>> = {
  learners: {
    surname: 'Durand',
    firstName: 'Marie',
    birthDate: '2004-03-12',
    email: 'marie.durand@example.fr',
    phone: '06 12 34 56 78',
    address: '12 rue des Lilas, 69003 Lyon',
    accessRoute: accessRouteLabelsFr.apprenticeship,
    employerName: 'Boulangerie Léon',
    employerAddress: '3 place Bellecour, 69002 Lyon',
    employerSiret: '73282932000074',
    tutorName: 'Paul Léon',
    tutorEmail: 'paul.leon@example.fr',
    tutorPhone: '04 78 00 00 00',
    contractStart: '2025-09-01',
    contractEnd: '2027-08-31',
    foreignStudent: 'non',
    entryDate: '2025-09-08',
  },
  trainers: {
    surname: 'Martin',
    firstName: 'Sophie',
    email: 'sophie.martin@example.fr',
    phone: '06 98 76 54 32',
    contractType: 'Vacataire',
  },
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function helpRows(kind: ImportKind): CellValue[][] {
  const required = IMPORT_FIELDS[kind].filter((f) => f.required).map((f) => f.label);
  const rows: CellValue[][] = [[t.helpIntro], [t.required(required.join(', '))], []];
  const label = (key: string) => IMPORT_FIELDS[kind].find((f) => f.key === key)!.label;
  if (kind === 'learners') {
    for (const r of ACCESS_ROUTES)
      rows.push([label('accessRoute'), accessRouteLabelsFr[r], ACCESS_ROUTE_VARIANTS[r].join(', ')]);
    for (const f of FUNDINGS) {
      rows.push([
        `${label('funding')} (${t.fundingNote})`,
        fundingLabelsFr[f],
        FUNDING_VARIANTS[f].join(', '),
      ]);
    }
    rows.push([t.dates, t.dateFormat, t.dateVariants]);
    rows.push([label('foreignStudent'), t.booleanValue, t.booleanVariants]);
  } else {
    for (const c of CONTRACT_TYPES) {
      rows.push([
        label('contractType'),
        capitalize(contractTypeLabelsFr[c]),
        CONTRACT_TYPE_VARIANTS[c].join(', '),
      ]);
    }
  }
  return rows;
}

/** What the template holds; written to XLSX after the (empty) transaction. */
export function importTemplate(kind: ImportKind): WorkbookPlan {
  const fields = IMPORT_FIELDS[kind];
  return {
    fileName: t.fileName[kind],
    title: t.sheet[kind],
    sheets: [
      {
        name: t.sheet[kind],
        columns: fields.map((f) => ({
          header: f.label,
          width: Math.max(14, f.label.length + 4, (EXAMPLES[kind][f.key] ?? '').length + 2),
          date: DATE_KEYS.has(f.key),
        })),
        rows: [fields.map((f) => EXAMPLES[kind][f.key] ?? null)],
      },
      {
        name: t.helpSheet,
        title: t.helpTitle,
        columns: t.helpHeaders.map((header, i) => ({ header, width: [34, 40, 70][i]! })),
        rows: helpRows(kind),
      },
    ],
  };
}

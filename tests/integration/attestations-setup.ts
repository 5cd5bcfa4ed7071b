import type { DocumentRequest } from '../../shared/api/documents';
import type { FileDownload } from '../../shared/api/fields';
import type { HandlerContext } from '../../electron/backend/context';
import type { BatchPlan, DocumentKindModule } from '../../electron/backend/documents/kind';
import { Pdf } from '../../electron/backend/documents/pdf';
import { attestations } from '../../electron/backend/features/documents/kinds/attestations';
import { certificates } from '../../electron/backend/features/documents/kinds/certificates';
import { asExtracted, pdfText } from '../helpers/pdf';
import { encodePng } from '../helpers/png';
import { documentsWorld, value, type DocumentsWorld } from './documents-setup';
import { insert } from './documents-fixture-rows';

/**
 * The documents world (documents-setup.ts) with what attestations and certificates print on
 * top: the centre's identity with a signature image, exam data for the first three learners
 * (an actual result, marks typed in the simulator, a BTS blanc), learners of other access
 * routes (VAE, formule pro, professionalisation) and, in March 2026, two distance (FOAD)
 * sessions and one in the centre, each with its closed roll call.
 */

const AT = '2026-03-13T08:00:00.000Z';

export const CENTRE = {
  name: 'Institut Supérieur Émile-Zola',
  address: '12 rue de l’Église',
  postcode: '91000',
  city: 'Évry-Courcouronnes',
  siret: '73282932000074',
  nda: '11912345678',
  phone: '01 23 45 67 89',
  email: 'contact@emile-zola.fr',
  signatoryName: 'Hélène Lefèbvre',
  signatoryTitle: 'Directrice générale',
};

/** The March 2026 sessions: [date, slot, subject, modality, note]. */
export const MARCH = {
  digital: ['2026-03-10', 'morning', 'digital', 'distance', 'Module e-réputation : quiz et étude de cas'],
  negotiation: ['2026-03-11', 'morning', 'negotiation', 'onsite', null],
  english: ['2026-03-12', 'afternoon', 'english', 'distance', null],
} as const;

export interface AttestationsWorld extends DocumentsWorld {
  /** The March sessions' ids. */
  march: Record<keyof typeof MARCH, number>;
}

/** A small dark stroke, as the signatory's scanned signature. */
function signatureImage(): string {
  const rows: Buffer[] = [];
  for (let y = 0; y < 40; y++) {
    const row = Buffer.alloc(120, 255);
    for (let x = 0; x < 120; x++) if (Math.abs(20 + 12 * Math.sin(x / 9) - y) < 2) row[x] = 30;
    rows.push(row);
  }
  return encodePng(120, 40, 1, rows).toString('base64');
}

export async function setCentre(w: DocumentsWorld, fields: Partial<typeof CENTRE> = {}): Promise<void> {
  await value(w, 'centre.update', { ...CENTRE, ...fields });
}

type Session = readonly [
  date: string,
  slot: 'morning' | 'afternoon',
  subject: keyof DocumentsWorld['subjects'],
  modality: 'onsite' | 'distance',
  note: string | null,
];

/** A session of the group with its closed roll call: everyone present unless `lines` says otherwise (by k). */
export function rollCallOf(
  w: DocumentsWorld,
  [date, slot, subject, modality, note]: Session,
  lines: Record<number, { presence?: 'absent'; late?: number; leftEarly?: number }> = {},
): number {
  const { db } = w.b;
  const session = insert(
    db,
    `INSERT INTO planned_sessions (group_id, subject_id, trainer_id, date, slot, modality, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    w.groupId,
    w.subjects[subject],
    w.trainerId,
    date,
    slot,
    modality,
    note,
    AT,
    AT,
  );
  insert(
    db,
    `INSERT INTO attendance_sheets (session_id, status, mode, closed_by, closed_at, created_at, updated_at)
     VALUES (?, 'closed', 'screen', ?, ?, ?, ?)`,
    session,
    w.users.admin,
    AT,
    AT,
    AT,
  );
  w.learners.forEach((learner, k) => {
    const line = lines[k] ?? {};
    const away = line.presence === 'absent' || (line.late ?? 0) > 0 || (line.leftEarly ?? 0) > 0;
    insert(
      db,
      `INSERT INTO attendance_lines (session_id, learner_id, presence, late_minutes, left_early_minutes,
         justification, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      session,
      learner,
      line.presence ?? 'present',
      line.late ?? 0,
      line.leftEarly ?? 0,
      away ? 'unjustified' : null,
      w.users.admin,
      AT,
    );
  });
  return session;
}

/**
 * Learner 0 (Éloïse Béranger, apprentice): admitted at the 2027 session with 12,4; left 30 min
 * early on 11 March. Learner 1 (Marie Dupont): every unit typed in the simulator, 15 min late on
 * 10 March. Learner 2 (Noé Fabre): a BTS blanc of U4 at 15, absent on 10 March. Learner 3 (Zoé
 * Lefèvre-Ça) follows a VAE, learner 4 (Jérôme Martin) a formule pro (CPF), learner 5 (Anaïs
 * Perrot) a professionalisation contract and left on 11 March 2026.
 */
export async function attestationsWorld(size = 6): Promise<AttestationsWorld> {
  const w = await documentsWorld(size);
  const { db } = w.b;
  await setCentre(w);
  await value(w, 'centre.setImage', {
    kind: 'signature',
    file: { fileName: 'signature.png', contentBase64: signatureImage() },
  });
  const [l0, l1, l2, l3, l4, l5] = w.learners;
  const route = db.prepare('UPDATE learners SET access_route = ?, funding = ? WHERE id = ?');
  if (l3) route.run('vae', null, l3);
  if (l4) route.run('pro_formula', 'cpf', l4);
  if (l5) {
    route.run('professionalisation', null, l5);
    db.prepare("UPDATE learners SET exit_date = '2026-03-11' WHERE id = ?").run(l5);
  }
  insert(
    db,
    `INSERT INTO exam_results (cohort_id, session_year, learner_id, outcome, average, updated_by, updated_at)
     VALUES (?, 2027, ?, 'admitted', 12.4, ?, ?)`,
    w.cohortId,
    l0,
    w.users.admin,
    AT,
  );
  const typed = { U1: 12, U2: 11, U3: 10, U4: 14, U5: 9, U6: 13 };
  for (const [code, mark] of Object.entries(typed)) {
    insert(
      db,
      `INSERT INTO exam_unit_entries (learner_id, unit_code, kind, mark, updated_by, updated_at)
       VALUES (?, ?, 'mark', ?, ?, ?)`,
      l1,
      code,
      mark,
      w.users.admin,
      AT,
    );
  }
  const mock = insert(
    db,
    `INSERT INTO evaluations (group_id, subject_id, period_id, title, date, kind, coefficient, scale, unit_code,
       created_by, created_at, updated_at)
     VALUES (?, ?, ?, 'BTS blanc E4', '2026-02-20', 'mock_exam', 1, 20, 'U4', ?, ?, ?)`,
    w.groupId,
    w.subjects.negotiation,
    w.openPeriod,
    w.users.admin,
    AT,
    AT,
  );
  insert(
    db,
    'INSERT INTO marks (evaluation_id, learner_id, mark, updated_by, updated_at) VALUES (?, ?, 15, ?, ?)',
    mock,
    l2,
    w.users.admin,
    AT,
  );
  const march = {
    digital: rollCallOf(w, MARCH.digital, { 1: { late: 15 }, 2: { presence: 'absent' } }),
    negotiation: rollCallOf(w, MARCH.negotiation, { 0: { leftEarly: 30 } }),
    english: rollCallOf(w, MARCH.english),
  };
  return { ...w, march };
}

/** A handler's context for calling a kind's plan directly, as the registry would. */
export function contextOf(w: DocumentsWorld): HandlerContext {
  return {
    db: w.b.db,
    user: null,
    now: w.b.clock.now,
    startSession() {},
    endSession() {},
    dataDir: null,
    address: null,
    addressAttempts: null as unknown as HandlerContext['addressAttempts'],
  };
}

type Kind<R> = DocumentKindModule<R, unknown>;

/** Plans a batch in a transaction, as documents.start does. */
export function planOf<R extends DocumentRequest>(w: DocumentsWorld, request: R): BatchPlan<unknown> {
  const kind = (request.kind === 'attestations' ? attestations : certificates) as unknown as Kind<R>;
  return w.b.db.transaction(() => kind.plan(request, contextOf(w)))();
}

/** Plans and renders a batch into one PDF, a document per learner. */
export async function renderBatch<R extends DocumentRequest>(
  w: DocumentsWorld,
  request: R,
): Promise<{ plan: BatchPlan<unknown>; pdf: Buffer; pages: number }> {
  const kind = (request.kind === 'attestations' ? attestations : certificates) as unknown as Kind<R>;
  const plan = planOf(w, request);
  const pdf = new Pdf({ layout: plan.layout, title: plan.title, printedOn: plan.printedOn });
  for (const document of plan.documents) {
    pdf.beginDocument();
    kind.draw(pdf, document, plan);
  }
  const pages = pdf.pageCount;
  return { plan, pdf: await pdf.toBuffer(), pages };
}

/** A PDF's text as pdftotext gives it: laid out (a label and its value on one line) and flat (whitespace collapsed). */
export function textsOf(pdf: Buffer): { layout: string; flat: string } {
  return {
    layout: asExtracted(pdfText(pdf)),
    flat: asExtracted(pdfText(pdf, { layout: false })).replace(/\s+/g, ' '),
  };
}

/** One learner's document as the preview gives it, with its text. */
export async function preview(w: DocumentsWorld, request: Record<string, unknown>, token = w.tokens.adviser) {
  const file = await value<FileDownload>(w, 'documents.preview', request, token);
  const pdf = Buffer.from(file.contentBase64, 'base64');
  return { file, pdf, ...textsOf(pdf) };
}

export const attestationOf = (w: DocumentsWorld, k: number, extra: Record<string, unknown> = {}) =>
  preview(w, { kind: 'attestations', cohortId: w.cohortId, learnerIds: [w.learners[k]], ...extra });

export const certificateOf = (w: DocumentsWorld, k: number, extra: Record<string, unknown> = {}) =>
  preview(w, {
    kind: 'certificates',
    cohortId: w.cohortId,
    learnerIds: [w.learners[k]],
    from: '2026-03-01',
    to: '2026-03-31',
    ...extra,
  });

/** `text` with its words separated by any run of spaces, as a pattern (for a laid-out line). */
export const spaced = (...parts: string[]) =>
  new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));

import { writeFileSync } from 'node:fs';
import type { FileDownload } from '../../shared/api/fields';
import { pdfText } from '../helpers/pdf';
import { absencesWorld, type AbsencesWorld } from './absences-setup';
import { value } from './planning-setup';

/**
 * The prints' world: the absences world (G1 of 12 with Bérard Léa, Çelik Noé, Dupré Zoé first,
 * G2, trainers Claire Dupont and Marc Leroy) with G1's first learners filled in as the learner
 * form would: birth date, access route, employer, tutor, contact.
 */
export interface PrintsWorld extends AbsencesWorld {
  /** A learner of the same cohort in no group: never on a print of a group. */
  outsider: number;
}

export async function printsWorld(): Promise<PrintsWorld> {
  const w = await absencesWorld();
  const { db } = w.b;
  const [lea, noe, zoe] = w.g1Learners as [number, number, number];
  const update = db.prepare(
    `UPDATE learners SET birth_date = ?, access_route = ?, funding = ?, employer_name = ?, tutor_name = ?,
       tutor_email = ?, tutor_phone = ?, email = ?, phone = ? WHERE id = ?`,
  );
  update.run(
    '2005-04-17',
    'professionalisation',
    null,
    'Boulangerie Lefèvre & Fils',
    'Jérôme Lefèvre',
    'jerome@lefevre.fr',
    '06 11 22 33 44',
    'lea.berard@exemple.fr',
    '06 12 34 56 78',
    lea,
  );
  update.run(
    '2004-12-01',
    'pro_formula',
    'cpf',
    'Société Générale',
    null,
    null,
    null,
    'noe@exemple.fr',
    null,
    noe,
  );
  update.run(null, 'apprenticeship', null, null, null, null, null, null, null, zoe);
  db.prepare('UPDATE trainers SET email = ?, phone = ? WHERE id = ?').run(
    'claire.dupont@ecureuils.fr',
    '06 98 76 54 32',
    w.dupont,
  );
  const outsider = Number(
    db
      .prepare(
        `INSERT INTO learners (cohort_id, surname, first_name, access_route, created_at, updated_at)
         VALUES (?, 'Hors-Groupe', 'Aïssa', 'vae', '2026-01-05', '2026-01-05')`,
      )
      .run(w.cohortId).lastInsertRowid,
  );
  return { ...w, outsider };
}

export function assignTeaching(
  w: AbsencesWorld,
  groupId: number,
  subjectId: number,
  trainerId: number,
): void {
  w.b.db
    .prepare('INSERT INTO teaching_assignments (group_id, subject_id, trainer_id) VALUES (?, ?, ?)')
    .run(groupId, subjectId, trainerId);
}

/** A print as the renderer receives it: the file, its bytes and its text (pdftotext -layout). */
export async function printed(w: AbsencesWorld, method: string, input: unknown, token = w.admin) {
  const file = await value<FileDownload>(w, method, input, token);
  const pdf = Buffer.from(file.contentBase64, 'base64');
  if (process.env.CARNET_KEEP_PDF) writeFileSync(`${process.env.CARNET_KEEP_PDF}/${file.fileName}`, pdf);
  return { file, pdf, text: pdfText(pdf) };
}

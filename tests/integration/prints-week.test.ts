import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userWithRole } from '../helpers/backend';
import { asExtracted, pdfImages, pdfInfo, pdfPagePng } from '../helpers/pdf';
import { addSession, members, rollCall, signaturePng } from './absences-setup';
import { setCentre } from './centre-setup';
import { call, makeGroup, refused } from './planning-setup';
import { printed, printsWorld, type PrintsWorld } from './prints-setup';

let w: PrintsWorld;
beforeEach(async () => {
  w = await printsWorld();
});
afterEach(() => w.b.close());

const week = (input: { groupId: number; date: string; filled: boolean }, token = w.admin) =>
  printed(w, 'prints.attendanceWeek', input, token);

/** G1's week of 2 March 2026: five half-days, one without a trainer; G2 and the next week apart. */
function planWeek(): void {
  const { negotiation, english, culture } = w.subjects;
  addSession(w, { groupId: w.g1, subjectId: negotiation, date: '2026-03-02' });
  addSession(w, {
    groupId: w.g1,
    subjectId: english,
    date: '2026-03-02',
    slot: 'afternoon',
    trainerId: w.leroy,
  });
  addSession(w, {
    groupId: w.g1,
    subjectId: english,
    date: '2026-03-05',
    slot: 'afternoon',
    trainerId: w.leroy,
  });
  addSession(w, { groupId: w.g1, subjectId: culture, date: '2026-03-06', trainerId: null, roomId: null });
  addSession(w, { groupId: w.g2, subjectId: culture, date: '2026-03-04', trainerId: w.leroy });
  addSession(w, { groupId: w.g1, subjectId: culture, date: '2026-03-09', trainerId: w.leroy });
}

/** Tuesday morning as recorded: Léa excused, Noé 15 min late, Zoé absent, Alex 4 signed on screen. */
function recordTuesday(): void {
  const [lea, noe, zoe, alex] = w.g1Learners as [number, number, number, number];
  const ink = signaturePng();
  rollCall(
    w,
    { groupId: w.g1, subjectId: w.subjects.negotiation, date: '2026-03-03' },
    w.g1Learners,
    {
      [lea]: { presence: 'absent', justification: 'justified', reason: 'illness' },
      [noe]: { late: 15, signature: ink },
      [zoe]: { presence: 'absent' },
      [alex]: { signature: ink },
    },
    { mode: 'screen', closedAt: '2026-03-03T11:05:00.000Z', trainerSignature: ink },
  );
}

describe('prints.attendanceWeek', () => {
  it('prints a blank week for paper: a column per planned half-day, a box per learner and the trainer’s row', async () => {
    planWeek();
    recordTuesday();
    await setCentre(w.b.app, w.admin);
    const { file, pdf, text } = await week({ groupId: w.g1, date: '2026-03-04', filled: false });
    expect(file.fileName).toBe('Emargement_semaine_NDRC_2025-2027_G1_2026-03-02.pdf');
    const info = pdfInfo(pdf);
    expect(info).toMatchObject({ pages: 1, width: 842, height: 595 });
    expect(info.title).toBe('Émargement — G1 (NDRC 2025-2027) — semaine du 02/03/2026');
    const plain = asExtracted(text);
    expect(text).toContain('Centre de formation Les Écureuils');
    expect(text).toContain('SIRET 842 271 540 00010 · NDA 84691234569');
    expect(text).toContain('Feuille d’émargement de la semaine');
    expect(plain).toContain('Semaine 10 — du lundi 2 mars 2026 au samedi 7 mars 2026');
    expect(text).toMatch(/Groupe : G1 \(NDRC 2025-2027\) · Action : BTS .+ — NDRC 2025-2027/);
    expect(text).toContain('12 apprenants');
    // The days, each over its half-days; the slots with their times; subjects and trainers.
    expect(text).toMatch(/Lun\. 02\/03\s+Mar\. 03\/03\s+Jeu\. 05\/03\s+Ven\. 06\/03/);
    expect(text).not.toContain('Mer. 04/03');
    expect(text).not.toContain('09/03');
    expect(text.match(/Matin 8h15–12h00/g)).toHaveLength(3);
    expect(text.match(/Après-midi 13h00–16h45/g)).toHaveLength(2);
    expect(text).toContain('Relation client et');
    expect(text).toContain('Culture générale et');
    expect(text.match(/Claire Dupont/g)).toHaveLength(2);
    expect(text.match(/Marc Leroy/g)).toHaveLength(2);
    expect(text).toContain('sans formateur');
    for (const name of ['BÉRARD Léa', 'ÇELIK Noé', 'DUPRÉ Zoé', 'G1-12 Alex'])
      expect(text.match(new RegExp(name, 'g'))).toHaveLength(1);
    expect(text.indexOf('BÉRARD Léa')).toBeLessThan(text.indexOf('ÇELIK Noé'));
    expect(text).toContain('Signature du formateur');
    expect(text).toContain('À signer par chaque apprenant, à chaque demi-journée, en présence du formateur.');
    // Blank: nothing recorded shows, and the only image is the logo.
    expect(text).not.toMatch(/Absent|Retard|Présent/);
    expect(pdfImages(pdf).filter((i) => i.type === 'image')).toMatchObject([
      { page: 1, type: 'image', width: 240, height: 96 },
    ]);
    expect(text).toContain('page 1 / 1');
    expect(pdfPagePng(pdf).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('prints the same week filled: statuses in the boxes, the drawn signatures, the trainer’s, paper sheets said', async () => {
    planWeek();
    recordTuesday();
    rollCall(
      w,
      {
        groupId: w.g1,
        subjectId: w.subjects.digital,
        date: '2026-03-03',
        slot: 'afternoon',
        trainerId: w.leroy,
      },
      w.g1Learners,
      {},
      { mode: 'paper', closedAt: '2026-03-03T16:00:00.000Z' },
    );
    const { file, pdf, text } = await week({ groupId: w.g1, date: '2026-03-02', filled: true });
    expect(file.fileName).toBe('Emargement_semaine_NDRC_2025-2027_G1_2026-03-02_rempli.pdf');
    expect(pdfInfo(pdf).pages).toBe(1);
    expect(text).toMatch(/Mar\. 03\/03/);
    expect(text).toContain('Absent (excusé)');
    expect(text).toContain('Retard 15 min');
    expect(text.match(/Absent\b(?! \()/g)).toHaveLength(1);
    // A presence without a drawn signature is written: the eight unsigned on Tuesday morning,
    // the twelve of the paper afternoon, whose trainer's box says it was signed on paper.
    expect(text.match(/Présent/g)).toHaveLength(20);
    expect(text).toContain('signée sur papier');
    expect(asExtracted(text)).toContain('Présences et signatures enregistrées dans Carnet au 02/03/2026.');
    // Noé's and Alex's signatures and the trainer's: three drawn images, each with its mask.
    const drawn = pdfImages(pdf).filter((i) => i.type === 'image');
    expect(drawn).toHaveLength(3);
    expect(drawn.every((i) => i.width === 300 && i.height === 100)).toBe(true);

    const blank = await week({ groupId: w.g1, date: '2026-03-02', filled: false });
    expect(blank.text).not.toMatch(/Absent|Retard|Présent|papier/);
    expect(pdfImages(blank.pdf)).toEqual([]);
  });

  it('prints 30 learners on two pages of 15, the whole heading and the trainer’s row on each', async () => {
    const big = makeGroup(w.b.db, w.cohortId, 'Grand', 30);
    addSession(w, { groupId: big, subjectId: w.subjects.english, date: '2026-03-05', trainerId: w.leroy });
    addSession(w, { groupId: big, subjectId: w.subjects.negotiation, date: '2026-03-05', slot: 'afternoon' });
    const { pdf, text } = await week({ groupId: big, date: '2026-03-05', filled: false });
    expect(pdfInfo(pdf).pages).toBe(2);
    const pages = text.split('\f');
    for (const page of pages.slice(0, 2)) {
      expect(page).toContain('Feuille d’émargement de la semaine');
      expect(page).toContain('Groupe : Grand (NDRC 2025-2027)');
      expect(page).toContain('Jeu. 05/03');
      expect(page).toContain('Signature du formateur');
      expect(page.match(/GRAND-\d\d Alex/g)).toHaveLength(15);
    }
    expect(pages[0]).toContain('GRAND-15 Alex');
    expect(pages[1]).toContain('GRAND-16 Alex');
    for (let i = 1; i <= 30; i++)
      expect(text.match(new RegExp(`GRAND-${String(i).padStart(2, '0')} Alex`, 'g'))).toHaveLength(1);
    expect(text).toContain('page 1 / 2');
    expect(text).toContain('page 2 / 2');
  });

  it('gives a learner who joined mid-week no box before they joined', async () => {
    planWeek();
    const [, , , , moved] = w.g2Learners as number[];
    w.b.db.prepare("UPDATE group_memberships SET end_date = '2026-03-04' WHERE learner_id = ?").run(moved);
    w.b.db
      .prepare("INSERT INTO group_memberships (learner_id, group_id, start_date) VALUES (?, ?, '2026-03-04')")
      .run(moved, w.g1);
    const { text } = await week({ groupId: w.g1, date: '2026-03-02', filled: false });
    expect(text).toContain('13 apprenants');
    expect(text).toMatch(/G2-05 Alex\s+hors groupe\s+hors groupe/);
    expect(text.match(/hors groupe/g)).toHaveLength(2);
  });

  it('keeps a long name on its line: smaller first, then cut, never spilling into the next row', async () => {
    planWeek();
    const [lea, noe] = w.g1Learners as [number, number];
    const rename = w.b.db.prepare('UPDATE learners SET surname = ?, first_name = ? WHERE id = ?');
    rename.run('Fontaine-Saint-Éloi', 'Marie-Éléonore', lea);
    rename.run('De La Fontaine-Saint-Éloi de Montmorency-Laval', 'Marie-Éléonore', noe);
    const { text } = await week({ groupId: w.g1, date: '2026-03-02', filled: false });
    expect(text).toContain('FONTAINE-SAINT-ÉLOI Marie-Éléonore');
    expect(text).toMatch(/DE LA FONTAINE-SAINT-ÉLOI DE[^\n]*…/);
    expect(text.match(/Éléonore/g)).toHaveLength(1);
  });

  it('is open to every role, and refuses a week without sessions and an unknown group in French', async () => {
    planWeek();
    const trainer = await userWithRole(w.b.app, w.admin, 'trainer');
    expect((await week({ groupId: w.g1, date: '2026-03-07', filled: true }, trainer)).text).toContain(
      '12 apprenants',
    );
    const empty = await refused(
      w,
      () => call(w, 'prints.attendanceWeek', { groupId: w.g2, date: '2026-03-16', filled: false }),
      'NOT_FOUND',
    );
    expect(asExtracted(empty.message)).toBe(
      'Aucune séance n’est planifiée pour G2 la semaine du lundi 16 mars 2026 : il n’y a pas de feuille à imprimer.',
    );
    const unknown = await refused(
      w,
      () => call(w, 'prints.attendanceWeek', { groupId: 9999, date: '2026-03-02', filled: false }),
      'NOT_FOUND',
    );
    expect(unknown.message).toBe('Ce groupe n’existe pas (ou plus).');
    expect(members(w.b.db, w.g1)).toHaveLength(12);
  });
});

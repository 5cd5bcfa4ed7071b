import type { Db } from '../../electron/backend/db/open';
import type { App } from '../../electron/backend/app';

export const as = (token: string) => ({ sessionToken: token });

/**
 * A programme of our own with two subjects, inserted with SQL so the tests do not depend on
 * which built-in programmes a fresh database holds.
 */
export function testProgramme(db: Db, code = 'TEST-FORM', title = 'BTS de test') {
  const at = new Date().toISOString();
  const { lastInsertRowid } = db
    .prepare(
      'INSERT INTO programmes (code, title, total_hours, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(code, title, 1350, at, at);
  const programmeId = Number(lastInsertRowid);
  const subject = db.prepare(
    'INSERT INTO programme_subjects (programme_id, position, name, hours_year1, hours_year2) VALUES (?, ?, ?, ?, ?)',
  );
  const negotiation = Number(subject.run(programmeId, 1, 'Négociation-vente', 120, 120).lastInsertRowid);
  const english = Number(subject.run(programmeId, 2, 'Anglais', 60, 60).lastInsertRowid);
  return { programmeId, title, negotiation, english };
}

/** Creates an account with the given role (as the admin) and returns its id. */
export async function account(app: App, admin: string, login: string, role: string): Promise<number> {
  const { result } = await app.call(
    'users.create',
    { displayName: `Compte ${login}`, login, role, password: 'provisoire-123456' },
    as(admin),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return (result.value as { id: number }).id;
}

export const dupont = {
  surname: 'Dupont',
  firstName: 'Claire',
  email: 'claire.dupont@exemple.fr',
  phone: '06 12 34 56 78',
  contractType: 'temporary' as const,
  notes: 'Préfère les groupes de deuxième année.',
};

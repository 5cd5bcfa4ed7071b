/**
 * The backend as a child process for tests/integration/crash-safety.test.ts, to be killed with
 * SIGKILL at random moments. It loads everything first and says "loaded", then waits for one
 * line on stdin (a JSON order) so that the test can keep children warm and kill them soon after
 * they start working. It prints a line for each write the registry acknowledged, after the call
 * returned: whatever is printed must survive the kill.
 *
 *   {"mode":"write","dir":…}            learners.create in a loop, printing "ack <id>"
 *   {"mode":"import","dir":…,"csv":…}   one imports.run of the CSV, printing "imported <n>"
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createSession } from '../../electron/backend/features/auth/sessions';
import { startBackend } from '../../electron/backend/start-backend';

interface Order {
  mode: 'write' | 'import';
  dir: string;
  csv?: string;
}

const print = (line: string) => process.stdout.write(`${line}\n`);

async function run(order: Order): Promise<void> {
  const backend = await startBackend(order.dir);
  if (!backend.ok) throw new Error(backend.message);
  const { app } = backend;
  // The test created the administrator (user 1); a session without a login saves the scrypt time.
  const caller = { sessionToken: createSession(app.live.db, 1, new Date()) };
  print('started');

  if (order.mode === 'import') {
    const file = { fileName: 'apprenants.csv', contentBase64: readFileSync(order.csv!).toString('base64') };
    const mapping = { surname: 0, firstName: 1, birthDate: 2, email: 3, accessRoute: 4 };
    print('importing');
    const { result } = await app.call(
      'imports.run',
      { kind: 'learners', file, mapping, onlyValid: false },
      caller,
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    print(`imported ${(result.value as { imported: number }).imported}`);
    backend.close();
    return;
  }

  for (let n = 0; ; n++) {
    const { result } = await app.call(
      'learners.create',
      { surname: `Écrit-${process.pid}-${n}`, firstName: 'Zoé', accessRoute: 'vae' },
      caller,
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    print(`ack ${(result.value as { id: number }).id}`);
  }
}

print('loaded');
const lines = createInterface({ input: process.stdin });
lines.once('line', (line) => {
  lines.close();
  run(JSON.parse(line) as Order).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(3);
  });
});

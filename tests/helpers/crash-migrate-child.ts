/**
 * Opens a database file the way Carnet does at start (a copy, then every pending migration in one
 * transaction), to be killed with SIGKILL while it works: see crash-safety.test.ts. With "heavy",
 * a test-only migration after the real ones makes the transaction last long enough for kills to
 * land inside it.
 */
import { openDatabase } from '../../electron/backend/db/open';
import { migrations } from '../../electron/backend/db/migrations/index';
import { heavyMigration } from './crash-migration';

const [file, heavy] = process.argv.slice(2);
process.stdout.write('migrating\n');
void openDatabase(file!, {
  migrations: heavy === 'heavy' ? [...migrations, heavyMigration] : migrations,
}).then((opened) => {
  if (!opened.ok) {
    process.stderr.write(`${opened.message}\n`);
    process.exit(3);
  }
  opened.db.close();
  process.stdout.write('migrated\n');
});

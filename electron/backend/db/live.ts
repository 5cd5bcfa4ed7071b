import type { Db } from './open';

/**
 * The database connection the registry works on, replaceable while the app runs (a restore puts
 * another file in place). Every call of the registry, and every background backup, is a "use":
 * it reads `db` once at its start and keeps that connection to its end. A replacement waits until
 * it is the only use left and makes new uses wait until it is over, so no call ever runs on a
 * connection that is being closed, and none straddles two databases.
 */
export class LiveDatabase {
  private current: Db;
  private active = 0;
  private swapping: Promise<void> | null = null;
  private wakeSwapper: (() => void) | null = null;

  constructor(db: Db) {
    this.current = db;
  }

  /** The connection of the moment; inside a `use`, the one that use started with. */
  get db(): Db {
    return this.current;
  }

  /** Whether a replacement is under way (its own use excepted, nobody else is running). */
  get replacing(): boolean {
    return this.swapping !== null;
  }

  /** Runs `work` as one use of the database, after any replacement under way has finished. */
  async use<T>(work: (db: Db) => Promise<T>): Promise<T> {
    while (this.swapping) await this.swapping;
    this.active++;
    try {
      return await work(this.current);
    } finally {
      this.active--;
      this.wakeSwapper?.();
    }
  }

  /**
   * Replaces the connection from inside a use (the restore call's own): waits until that use is
   * the only one, holds back every new one, and installs what `replace` returns. Returns false,
   * doing nothing, when another replacement is already under way.
   */
  async replaceFromUse(replace: (old: Db) => Promise<Db>): Promise<boolean> {
    if (this.swapping) return false;
    let release!: () => void;
    this.swapping = new Promise<void>((resolve) => (release = resolve));
    try {
      while (this.active > 1) {
        await new Promise<void>((resolve) => (this.wakeSwapper = resolve));
      }
      this.wakeSwapper = null;
      this.current = await replace(this.current);
      return true;
    } finally {
      this.wakeSwapper = null;
      this.swapping = null;
      release();
    }
  }

  /**
   * Closes the connection for good (application exit). Synchronous, as an exit handler must be;
   * a call still awaiting its file work simply never writes, which its transaction makes safe.
   */
  close(): void {
    if (this.current.open) this.current.close();
  }
}

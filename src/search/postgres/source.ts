// Servers reading PostgreSQL poll the current generation's id (one tiny indexed read every couple of
// seconds). Polling rather than LISTEN/NOTIFY: a hot standby accepts no LISTEN, and servers reading a
// replica must see new generations too.
import type { ArchiveOptions } from '../archive';
import type { ArchiveSource } from '../archive-source';
import { ArchiveUnavailableError } from '../archive-unavailable';
import type { DatabaseSettings } from '../database-settings';
import { openDatabase, reading } from './database';
import { currentGeneration, readyGeneration } from './current-generation';
import { openPostgresArchive } from './postgres-archive';

const NO_ARCHIVE = 'La base de données ne contient encore aucune archive : lancez « npm run reindex » avec la même DATABASE_URL.';

export function postgresArchiveSource(settings: DatabaseSettings, options: ArchiveOptions = {}): ArchiveSource {
  const database = openDatabase(settings);
  const pool = database.read;
  return {
    label: settings.readUrl ? 'PostgreSQL (lecture sur la réplique DATABASE_READ_URL)' : 'PostgreSQL',
    async currentGeneration() {
      const generation = await reading(() => currentGeneration(pool));
      return generation ? { ok: true, generation: generation.id } : { ok: false, reason: NO_ARCHIVE };
    },
    async openCurrent() {
      const generation = await reading(() => currentGeneration(pool));
      if (!generation) throw new ArchiveUnavailableError(NO_ARCHIVE);
      return { generation: generation.id, open: () => openPostgresArchive(pool, generation, options) };
    },
    async openGeneration(id) {
      const generation = await reading(() => readyGeneration(pool, id));
      if (!generation) throw new ArchiveUnavailableError(`La génération ${id} de l’archive n’existe plus dans la base de données.`);
      return openPostgresArchive(pool, generation, options);
    },
    // A generation is written once and never changed: its id says everything.
    isImmutable: () => true,
    watch(onChange, intervalMs = 2000) {
      let checking = false;
      let seen: string | undefined;
      const timer = setInterval(() => {
        if (checking) return;
        checking = true;
        currentGeneration(pool)
          .then((generation) => {
            // The first answer fires too: whoever watches compares it with what it serves.
            if (generation && generation.id !== seen) {
              seen = generation.id;
              onChange();
            }
          })
          // The database being away is answered on each request (503); the next poll tries again.
          .catch(() => undefined)
          .finally(() => {
            checking = false;
          });
      }, intervalMs);
      timer.unref();
      return { stop: () => clearInterval(timer) };
    },
    close: () => database.close(),
  };
}

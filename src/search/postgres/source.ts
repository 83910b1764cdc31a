// Servers reading PostgreSQL poll the current generation's id (one tiny indexed read every couple of
// seconds). Polling rather than LISTEN/NOTIFY: a hot standby accepts no LISTEN, and servers reading a
// replica must see new generations too.
import type { ArchiveSource } from '../archive-source';
import { ArchiveUnavailableError, openDatabase, reading, type DatabaseSettings } from './database';
import { currentGeneration } from './generations';
import { openPostgresArchive } from './postgres-archive';

export function postgresArchiveSource(settings: DatabaseSettings): ArchiveSource {
  const database = openDatabase(settings);
  let served: string | undefined;
  return {
    label: settings.readUrl ? 'PostgreSQL (lecture sur la réplique DATABASE_READ_URL)' : 'PostgreSQL',
    async open() {
      const generation = await reading(() => currentGeneration(database.read));
      if (!generation) {
        throw new ArchiveUnavailableError('La base de données ne contient encore aucune archive : lancez « npm run reindex » avec la même DATABASE_URL.');
      }
      const archive = await openPostgresArchive(database.read, generation);
      served = generation.id;
      return archive;
    },
    watch(onChange, intervalMs = 2000) {
      let checking = false;
      const timer = setInterval(() => {
        if (checking) return;
        checking = true;
        currentGeneration(database.read)
          .then((generation) => {
            if (generation && generation.id !== served) onChange();
          })
          // The database being away is answered on each request (503); the next poll tries again.
          .catch(() => {})
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

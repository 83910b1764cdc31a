// The settings every connection of the archive sends (database.ts): pure, no database needed.
import { describe, expect, it } from 'vitest';
import { connectionSettings, SESSION_SETTINGS } from '../../src/search/postgres/database';

describe('connectionSettings', () => {
  it.each([
    ['a URL without options', 'postgresql://archive@db.example:5432/archive', 'postgresql://archive@db.example:5432/archive', SESSION_SETTINGS],
    ['a Unix socket in the query string', 'postgresql://postgres@/postgres?host=%2Ftmp%2Fpg', 'postgresql://postgres@/postgres?host=%2Ftmp%2Fpg', SESSION_SETTINGS],
    ['the URL’s own options, kept before ours', 'postgres://u@db/a?options=-c%20search_path%3Dx&sslmode=require', 'postgres://u@db/a?sslmode=require', `-c search_path=x ${SESSION_SETTINGS}`],
    ['a socket: URL', 'socket:/tmp/pg?db=archive', 'socket:/tmp/pg?db=archive', SESSION_SETTINGS],
    ['a string that is not a URL', 'host=/tmp/pg dbname=archive', 'host=/tmp/pg dbname=archive', SESSION_SETTINGS],
  ])('%s', (_what, url, connectionString, options) => {
    expect(connectionSettings(url)).toEqual({ connectionString, options });
  });

  it('turns JIT and sequential scans off', () => {
    expect(SESSION_SETTINGS).toBe('-c jit=off -c enable_seqscan=off');
  });
});

// The settings every connection of the archive sends, and the servers it accepts (database.ts): pure, no database needed.
import { describe, expect, it } from 'vitest';
import { connectionSettings, SESSION_SETTINGS, unsupportedServer } from '../../src/search/postgres/database';

describe('connectionSettings', () => {
  it.each([
    ['a URL without options', 'postgresql://archive@db.example:5432/archive', undefined, { host: 'db.example', port: 5432, database: 'archive', options: SESSION_SETTINGS }],
    ['a Unix socket in the query string', 'postgresql://postgres@/postgres?host=%2Ftmp%2Fpg', undefined, { host: '/tmp/pg', database: 'postgres', options: SESSION_SETTINGS }],
    ['the URL’s own options, kept before ours', 'postgres://u@db/a?options=-c%20search_path%3Dx', undefined, { host: 'db', options: `-c search_path=x ${SESSION_SETTINGS}` }],
    ['options of a URL with no host name', 'postgres://u@/db?host=/var/run/postgresql&options=-c%20statement_timeout%3D10s', undefined, { host: '/var/run/postgresql', options: `-c statement_timeout=10s ${SESSION_SETTINGS}` }],
    ['PGOPTIONS when the URL has none', 'postgresql://archive@db.example/archive', '-c search_path=y', { options: `-c search_path=y ${SESSION_SETTINGS}` }],
    ['the URL’s options over PGOPTIONS, as node-postgres reads them', 'postgres://u@db/a?options=-c%20search_path%3Dx', '-c search_path=y', { options: `-c search_path=x ${SESSION_SETTINGS}` }],
  ])('%s', (_what, url, environmentOptions, expected) => {
    expect(connectionSettings(url, environmentOptions)).toMatchObject(expected);
  });
});

describe('unsupportedServer', () => {
  it.each([
    [150012, undefined],
    [140000, undefined],
    [170001, undefined],
  ])('accepts server_version_num %i', (version, expected) => {
    expect(unsupportedServer(version)).toBe(expected);
  });

  it.each([
    [130014, 'version 13'],
    [96024, 'version 9'],
    [Number.NaN, 'version inconnue'],
  ])('refuses server_version_num %s in French, naming the version and the way out', (version, named) => {
    const message = unsupportedServer(version);
    expect(message).toContain(named);
    expect(message).toContain('PostgreSQL 14 ou plus récent');
  });
});

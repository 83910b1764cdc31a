// Plain-text tables and units for the benchmark and load reports.

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const ms = (value: number | null | undefined): string =>
  value === null || value === undefined || Number.isNaN(value) ? 'n/a' : value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(0);

export const mb = (bytes: number | null | undefined): string =>
  bytes === null || bytes === undefined ? 'n/a' : (bytes / 1e6).toFixed(1);

export const count = (value: number | null | undefined): string =>
  value === null || value === undefined || Number.isNaN(value) ? 'n/a' : Math.round(value).toLocaleString('en-US');

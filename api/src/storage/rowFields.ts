/** A Table Storage row as the SDK reads and writes it, and the typed readers every row mapping uses. */
export interface Row {
  partitionKey: string;
  rowKey: string;
  [property: string]: unknown;
}

export const text = (row: Row, name: string): string => {
  const value = row[name];
  if (typeof value !== 'string') throw new Error(`Row ${row.rowKey} has no text ${name}.`);
  return value;
};
export const optionalText = (row: Row, name: string): string | null => {
  const value = row[name];
  return typeof value === 'string' ? value : null;
};
export const number = (row: Row, name: string): number => {
  const value = row[name];
  if (typeof value !== 'number') throw new Error(`Row ${row.rowKey} has no number ${name}.`);
  return value;
};
export const date = (row: Row, name: string): Date => {
  const value = row[name];
  const parsed = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime())) throw new Error(`Row ${row.rowKey} has no date ${name}.`);
  return parsed;
};

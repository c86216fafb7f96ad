/**
 * A Table Storage row as the SDK reads and writes it, and the typed readers every table adapter's row mapping uses.
 * Lists and nested records are stored as JSON text (a row has no array type); dates as Edm.DateTime.
 */
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

/** A property written as `JSON.stringify` of a `T`; the mapping that wrote it vouches for the shape. */
export const json = <T>(row: Row, name: string): T => JSON.parse(text(row, name)) as T;
/** The same for a property that may be absent (written as `undefined`, or by a version that lacked it). */
export const optionalJson = <T>(row: Row, name: string): T | null => {
  const stored = optionalText(row, name);
  return stored === null ? null : (JSON.parse(stored) as T);
};

/** Stored as Edm.Double even when whole, so the property keeps one type across rows. */
export const double = (value: number) => ({ value: String(value), type: 'Double' as const });

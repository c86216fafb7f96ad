/** The browser's own IANA time zone: where a board without one reads its digest schedule by default. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let known: string[] | undefined;

/** Every IANA time zone the browser knows, UTC included (some browsers list it only as Etc/UTC). */
export function timeZoneNames(): string[] {
  if (!known) {
    const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    known = listed.includes('UTC') ? [...listed] : ['UTC', ...listed];
  }
  return known;
}

/** Whether the browser can read times in this zone (older names such as Asia/Calcutta included). */
export function isTimeZone(name: string): boolean {
  if (!name.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export interface ReportLine {
  label: string;
  value: string;
  goal?: string;
  /** `met`/`missed` for timing goals (printed, never enforced); `PASS`/`FAIL` for correctness checks. */
  verdict?: 'met' | 'missed' | 'PASS' | 'FAIL';
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`;
export const ratio = (value: number): string => `${value.toFixed(2)}×`;
export const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

export const atMost = (
  label: string,
  value: number,
  goal: number,
  show: (n: number) => string,
): ReportLine => ({
  label,
  value: show(value),
  goal: `≤ ${show(goal)}`,
  verdict: value <= goal ? 'met' : 'missed',
});

export const check = (label: string, value: string, passed: boolean, expected: string): ReportLine => ({
  label,
  value,
  goal: `= ${expected}`,
  verdict: passed ? 'PASS' : 'FAIL',
});

export function printSection(title: string, lines: ReportLine[]): void {
  const labelWidth = Math.max(...lines.map(({ label }) => label.length));
  const valueWidth = Math.max(...lines.map(({ value }) => value.length));
  const goalWidth = Math.max(0, ...lines.map(({ goal }) => goal?.length ?? 0));
  console.log(`\n${title}`);
  for (const { label, value, goal, verdict } of lines) {
    const columns = [label.padEnd(labelWidth), value.padStart(valueWidth), (goal ?? '').padEnd(goalWidth)];
    console.log(`  ${columns.join('   ')}   ${verdict ?? ''}`.trimEnd());
  }
}

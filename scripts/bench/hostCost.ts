import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ask } from './benchHostProtocol.js';
import type { MeasuredSpan } from './votes.js';

/**
 * What a measured stretch cost, in figures that do not depend on how busy the machine is: CPU time of the host
 * (process.cpuUsage, asked over IPC) and of Azurite (from /proc, where there is one); and how busy it was.
 */
export interface Cost {
  hostCpuMs: number;
  /** null where /proc cannot be read (not Linux). */
  azuriteCpuMs: number | null;
  /** The one-minute load average at the start and at the end. */
  load: [number, number];
}

/** The `measured` hooks of a bench stretch, and the cost of that stretch once it ended. */
export function costMeter(
  host: ChildProcess,
  azuritePid: number | undefined,
): MeasuredSpan & { cost(): Cost } {
  let start: { host: NodeJS.CpuUsage; azurite: number | null; load: number } | undefined;
  let cost: Cost | undefined;
  const hostCpu = async () => (await ask(host, { kind: 'cpu' })).usage;
  return {
    async started() {
      start = { host: await hostCpu(), azurite: processCpuMs(azuritePid), load: loadavg()[0] ?? 0 };
    },
    async ended() {
      if (!start) throw new Error('The stretch ended before it started.');
      const usage = await hostCpu();
      const azurite = processCpuMs(azuritePid);
      cost = {
        hostCpuMs: (usage.user + usage.system - start.host.user - start.host.system) / 1000,
        azuriteCpuMs: azurite === null || start.azurite === null ? null : azurite - start.azurite,
        load: [start.load, loadavg()[0] ?? 0],
      };
    },
    cost() {
      if (!cost) throw new Error('The stretch has not ended.');
      return cost;
    },
  };
}

/** Linux's clock ticks per second (USER_HZ), which /proc counts CPU time in: 100 on every common build. */
const TICKS_PER_SECOND = 100;

/** User and system CPU time of a process, from /proc/<pid>/stat; null where that cannot be read. */
function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, inside parentheses): utime and stime are 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export const loadText = ([start, end]: [number, number]): string => `${start.toFixed(1)} → ${end.toFixed(1)}`;

/** A measured stretch run where no separate host can be asked: only how busy the machine was. */
export function loadMeter(): MeasuredSpan & { load(): [number, number] } {
  let load: [number, number] = [0, 0];
  return {
    started: () => {
      load = [loadavg()[0] ?? 0, 0];
      return Promise.resolve();
    },
    ended: () => {
      load = [load[0], loadavg()[0] ?? 0];
      return Promise.resolve();
    },
    load: () => load,
  };
}

export interface Loaded {
  /** The one-minute load average at the start and at the end of the measured stretch. */
  load: [number, number];
}

/** Several measured stretches told at once, in order (a cost and a trace of the same votes). */
export const allOf = (...spans: MeasuredSpan[]): MeasuredSpan => ({
  async started() {
    for (const span of spans) await span.started();
  },
  async ended() {
    for (const span of spans) await span.ended();
  },
});

// CPU time a browser and all its child processes have used, from /proc (Linux): on a shared, loaded machine the
// wall time of a step in the browser says more about the neighbours than about Lede; its CPU time does not.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

interface Proc {
  pid: number;
  ppid: number;
  cpuTicks: number;
}

function readProcs(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: fields start after its last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({ pid: Number(name), ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended between listing and reading: it no longer counts.
    }
  }
  return out;
}

/**
 * Milliseconds of CPU used so far by the process whose command line contains `marker` (the browser: the first such
 * process whose parent does not also match) and all its descendants; null when /proc is unavailable or none match.
 */
export function processTreeCpuMs(marker: string): number | null {
  let procs: Proc[];
  try {
    procs = readProcs();
  } catch {
    return null;
  }
  const matches = new Set<number>();
  for (const p of procs) {
    try {
      if (readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').includes(marker)) matches.add(p.pid);
    } catch {
      // Gone already.
    }
  }
  const roots = procs.filter((p) => matches.has(p.pid) && !matches.has(p.ppid));
  if (roots.length === 0) return null;
  const children = new Map<number, Proc[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let ticks = 0;
  const stack = [...roots];
  while (stack.length) {
    const p = stack.pop()!;
    ticks += p.cpuTicks;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

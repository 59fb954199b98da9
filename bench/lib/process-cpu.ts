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

/** The processes of the tree under the first process whose command line contains `marker` (see processTreeCpuMs). */
function treePids(marker: string, procs: Proc[]): number[] {
  const matches = new Set<number>();
  for (const p of procs) {
    try {
      if (readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').includes(marker)) matches.add(p.pid);
    } catch {
      // Gone already.
    }
  }
  const children = new Map<number, number[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const out: number[] = [];
  const stack = procs.filter((p) => matches.has(p.pid) && !matches.has(p.ppid)).map((p) => p.pid);
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * Watches the CPU time of every thread of the browser under `marker`, sampled every `everyMs` so a thread that ends
 * meanwhile (a worker) still counts, keyed "<process type> / <thread name>" (threads of the same name in one kind of
 * process summed: "renderer / DedicatedWorker", "browser / ThreadPoolForeg"). `stop()` returns the CPU ms each used
 * since the start, largest first; an empty list where /proc is unavailable.
 */
export function watchThreadCpu(marker: string, everyMs = 250): { stop(): [string, number][] } {
  const last = new Map<string, { key: string; ticks: number }>();
  const sample = () => {
    let procs: Proc[];
    try {
      procs = readProcs();
    } catch {
      return;
    }
    for (const pid of treePids(marker, procs)) {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
        for (const tid of readdirSync(`/proc/${pid}/task`)) {
          const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
          const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          const id = `${pid}/${tid}`;
          last.set(id, { key: `${type} / ${name}`, ticks: Number(fields[11]) + Number(fields[12]) });
        }
      } catch {
        // The process or thread ended between listing and reading: its last sample stands.
      }
    }
  };
  sample();
  const started = new Map([...last].map(([id, { ticks }]) => [id, ticks]));
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const sums = new Map<string, number>();
      for (const [id, { key, ticks }] of last) {
        // A thread born during the watch counts from zero.
        const used = ticks - (started.get(id) ?? 0);
        sums.set(key, (sums.get(key) ?? 0) + (used * 1000) / TICKS_PER_SECOND);
      }
      return [...sums].filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]);
    },
  };
}

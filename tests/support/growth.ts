/** CPU time this thread has spent, in microseconds: time spent waiting for a busy machine does not count. */
function threadCpuMicroseconds(): number {
  const { user, system } = process.threadCpuUsage();
  return user + system;
}

/** The CPU time one call of `work` takes. */
function cpuOf(work: () => void): number {
  const started = threadCpuMicroseconds();
  work();
  return threadCpuMicroseconds() - started;
}

/**
 * How many times more work `large` is than `small`, measured in this thread's CPU time, never the clock:
 * another build beside the tests slows both down without changing how much each one computes. Each size
 * runs `runs` times, the two interleaved so a slow minute hits both alike, and keeps its cheapest run
 * (being interrupted only ever adds). The small input's cost is taken as at least `floorMicroseconds`, so
 * the operating system's accounting granularity (a few milliseconds) cannot turn a tiny measure into a
 * huge ratio. A linear algorithm on an input k times larger gives about k; a quadratic one about k².
 */
export function growthFactor(small: () => void, large: () => void, { runs = 3, floorMicroseconds = 20_000 } = {}): number {
  small(); // warm up: the first call compiles the code
  let smallest = Infinity;
  let largest = Infinity;
  for (let run = 0; run < runs; run++) {
    smallest = Math.min(smallest, cpuOf(small));
    largest = Math.min(largest, cpuOf(large));
  }
  return largest / Math.max(smallest, floorMicroseconds);
}

/**
 * Reads a shared start time as YouTube writes it: `754`, `754s`, `12m34s`, `1h2m3s`, or `12:34`.
 * Returns whole seconds, or undefined when the value is not a time.
 */
export function parseStartTime(value: string | null | undefined): number | undefined {
  const text = (value ?? '').trim().toLowerCase();
  if (!text) return undefined;
  if (/^\d+s?$/.test(text)) return Number.parseInt(text, 10);
  const units = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (units && (units[1] || units[2] || units[3])) {
    return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
  }
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(text);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  return undefined;
}

/** The chapter playing at a time: the last one that started at or before it. */
export function chapterIndexAt(starts: readonly number[], seconds: number): number {
  let index = -1;
  for (const [i, start] of starts.entries()) if (start <= seconds) index = i;
  return index;
}

/** `754` -> "12:34", `3813` -> "1:03:33". */
export function formatClock(totalSeconds: number): string {
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = Math.floor(totalSeconds % 60);
  return `${h ? `${h}:${String(m).padStart(2, '0')}` : m}:${String(s).padStart(2, '0')}`;
}

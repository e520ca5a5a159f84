/**
 * A progress bar for long CLI jobs, drawn on stderr so that stdout stays clean for data.
 * It draws only when stderr is a terminal (or STRATA_PROGRESS=1) and at most ten times a second.
 *
 * @example
 * const bar = createProgress({ label: 'decoding', total: fileBytes, unit: 'bytes' });
 * bar.update(bytesRead); … bar.done();
 */
export interface Progress {
  /** Sets the amount done so far (same unit as `total`). */
  update(done: number, note?: string): void;
  /** Draws the final state and ends the line. */
  done(note?: string): void;
}

export interface ProgressOptions {
  label: string;
  /** Total amount of work, or null when unknown (then a counter is shown). */
  total: number | null;
  unit?: 'bytes' | 'items';
  stream?: NodeJS.WriteStream;
  /** Injected clock for tests. */
  now?: () => number;
}

function formatAmount(value: number, unit: 'bytes' | 'items'): string {
  if (unit === 'items') return value.toLocaleString('en');
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = value;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

/** Renders one line of the bar; exported for tests. */
export function renderProgressLine(
  label: string,
  done: number,
  total: number | null,
  unit: 'bytes' | 'items',
  elapsedMs: number,
  note = '',
): string {
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const rateText = `${formatAmount(rate, unit)}/s`;
  if (total === null || total <= 0) {
    return `${label} ${formatAmount(done, unit)} (${rateText}) ${note}`.trimEnd();
  }
  const fraction = Math.min(1, done / total);
  const width = 24;
  const filled = Math.round(fraction * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  const pct = `${(fraction * 100).toFixed(0).padStart(3)}%`;
  const etaS = rate > 0 && fraction < 1 ? Math.ceil((total - done) / rate) : 0;
  const eta = fraction < 1 && etaS > 0 ? ` eta ${etaS}s` : '';
  return `${label} ${bar} ${pct} ${formatAmount(done, unit)}/${formatAmount(total, unit)} ${rateText}${eta} ${note}`.trimEnd();
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const unit = options.unit ?? 'items';
  const enabled = stream.isTTY === true || process.env.STRATA_PROGRESS === '1';
  const started = now();
  let lastDraw = 0;
  let current = 0;
  const draw = (note?: string, final = false) => {
    if (!enabled) return;
    const line = renderProgressLine(options.label, current, options.total, unit, now() - started, note);
    stream.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
  };
  return {
    update(done, note) {
      current = done;
      const t = now();
      if (t - lastDraw < 100) return;
      lastDraw = t;
      draw(note);
    },
    done(note) {
      if (options.total !== null) current = Math.max(current, options.total);
      draw(note, true);
    },
  };
}

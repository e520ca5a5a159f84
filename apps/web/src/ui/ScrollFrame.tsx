import type { ReactNode } from 'react';

/**
 * A frame for a table that may be wider than its column: it scrolls sideways within the frame instead of
 * the page, and keyboard users reach it by Tab (WCAG 2.1.1) under its label.
 */
export function ScrollFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
    <section className="table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';

/**
 * One section of the administration page: a heading, the list of what exists (each entry with its own
 * forms) and, folded below, the form that adds a new one.
 */
export function AdminSection({
  id,
  heading,
  items,
  newLabel,
  children,
}: {
  id: string;
  heading: string;
  items: ReactNode[];
  newLabel: string;
  children: ReactNode;
}) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="admin-list">{items}</ul>
      <details>
        <summary>{newLabel}</summary>
        {children}
      </details>
    </section>
  );
}

import { useIntl } from 'react-intl';

interface TablePagerProps {
  /** Accessible name of the pager (which table it pages). */
  label: string;
  page: number;
  pages: number;
  onPage(n: number): void;
}

/** Previous and next page of a table paged on the server, with where the reader is. */
export function TablePager({ label, page, pages, onPage }: TablePagerProps) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('common.pager.previous')}
      </button>{' '}
      <span aria-live="polite">{t('common.pager.position', { page, pages })}</span>{' '}
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('common.pager.next')}
      </button>
    </nav>
  );
}

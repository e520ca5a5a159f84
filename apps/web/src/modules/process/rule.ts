import type { Round } from '@strata/server/api-types';
import type { IntlShape } from 'react-intl';

/**
 * The counting rule of a round in the reader's language, from its parameters (the server's `rule` is the
 * English text of the same rule, kept for the API and the CSV files).
 */
export function ruleText(intl: IntlShape, parameters: Round['parameters'], itemCount: number): string {
  const t = (id: string, values?: Record<string, number>) =>
    intl.formatMessage({ id: `process.rule.${id}` }, values);
  switch (parameters.method) {
    case 'approval':
      return t('approval');
    case 'ranked':
      return t('ranked', { count: itemCount });
    case 'score':
      return t('score', { max: parameters.maxScore });
    case 'dots':
      return parameters.maxPerItem !== undefined && parameters.maxPerItem < parameters.dots
        ? t('dotsCapped', { dots: parameters.dots, max: parameters.maxPerItem })
        : t('dots', { dots: parameters.dots });
  }
}

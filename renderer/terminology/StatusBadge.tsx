import { useTranslation } from 'react-i18next';
import type { TermStatus } from '../../contract/terminology';

/** A term's status as a word on a tinted chip: the colour helps, the word says it. */
export function StatusBadge({ status }: { status: TermStatus }) {
  const { t } = useTranslation();
  return (
    <span className="term-status" data-status={status}>
      {t(`terms.termbase.status.${status}`)}
    </span>
  );
}

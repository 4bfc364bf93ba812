import { useTranslation } from 'react-i18next';
import { QUOTE_STATUSES, type PackCheck } from '../../contract/packs';
import type { ApiError } from '../../contract/result';
import { ErrorMessage } from '../components/ErrorMessage';

/** The pack's quotes against today's corpus, in a sentence: all match, or how many changed, moved or are gone. */
export function CheckSummary({ check, error, onRetry }: { check: PackCheck | null; error: ApiError | null; onRetry(): void }) {
  const { t } = useTranslation();
  if (error) return <ErrorMessage error={error} onRetry={onRetry} />;
  if (!check) return <p className="check-summary" data-state="checking">{t('packs.check.checking')}</p>;
  const total = check.checks.length;
  if (total === 0) return null;
  const problems = QUOTE_STATUSES.filter((status) => status !== 'exact' && check.counts[status] > 0);
  const counterparts = check.checks.filter((c) => c.counterpartChanged).length;
  return (
    <p className="check-summary" role="status" data-state={problems.length ? 'problems' : 'clean'}>
      {problems.length === 0
        ? t('packs.check.allMatch', { count: total })
        : problems.map((status) => t(`packs.check.count.${status}`, { count: check.counts[status] })).join(t('packs.listSeparator'))}
      {counterparts > 0 && ` ${t('packs.check.counterparts', { count: counterparts })}`}
    </p>
  );
}

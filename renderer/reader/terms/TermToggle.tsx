import { useTranslation } from 'react-i18next';
import { useCommands } from '../../commands/CommandsProvider';
import { useTermMarkingOn } from './useTermMarks';

/** The reader toolbar's "Terms": marks the termbase's terms in both columns, and stays as the user leaves it. */
export function TermToggle() {
  const { t } = useTranslation();
  const [on, setOn] = useTermMarkingOn();
  useCommands({ 'reader.terms': { run: () => setOn(!on) } });
  return (
    <button type="button" className="button term-toggle" aria-pressed={on} title={t('reader.terms.toggleHint')} onClick={() => setOn(!on)}>
      {t('reader.terms.toggle')}
    </button>
  );
}

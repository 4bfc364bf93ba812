import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMAND_SECTIONS, COMMANDS, commandLabel } from './catalogue';
import { ModalDialog } from './ModalDialog';
import { shortcutKeys } from './shortcuts';

/** Every command that has keys, by section: rendered from the catalogue, so it says what the keys do. */
export function ShortcutsSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const sections = COMMAND_SECTIONS.map((section) => ({
    section,
    commands: COMMANDS.filter((command) => command.section === section && command.shortcuts?.length),
  })).filter((group) => group.commands.length > 0);
  return (
    <ModalDialog className="shortcuts-sheet" labelledBy={`${id}-title`} onClose={onClose}>
      <div className="modal-box">
        <div className="modal-header">
          <h2 id={`${id}-title`}>{t('commands.sheetTitle')}</h2>
          <button type="button" className="button button-quiet" autoFocus onClick={onClose}>
            {t('commands.close')}
          </button>
        </div>
        <p className="muted shortcuts-intro">{t('commands.sheetIntro')}</p>
        {/* Focusable: the list outgrows a short window, and the keys scroll it (it holds nothing else to focus). */}
        <div className="shortcuts-sections" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
          {sections.map(({ section, commands }) => (
            <section key={section} className="shortcuts-section" aria-labelledby={`${id}-${section}`} data-section={section}>
              <h3 id={`${id}-${section}`}>{t(`commands.section.${section}`)}</h3>
              <dl>
                {commands.map((command) => (
                  <div key={command.id} className="shortcut-row" data-command={command.id}>
                    <dt>{commandLabel(command, t)}</dt>
                    <dd>
                      {command.shortcuts?.map((shortcut) => {
                        const keys = shortcutKeys(shortcut, t).join('+');
                        return <kbd key={keys}>{keys}</kbd>;
                      })}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </ModalDialog>
  );
}

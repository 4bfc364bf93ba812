import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupNotice } from '../../contract/model';

/** What the main process needs the user to know at start (e.g. their data was moved aside). */
export function NoticeBanner({ notices }: { notices: StartupNotice[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<number[]>([]);
  const visible = notices.map((notice, index) => ({ notice, index })).filter(({ index }) => !dismissed.includes(index));
  if (visible.length === 0) return null;
  return (
    <div className="notices">
      {visible.map(({ notice, index }) => (
        <div key={index} className="notice" role="alert" data-notice={notice.code}>
          <p>{t(`notice.${notice.code}`, { ...notice })}</p>
          <button type="button" className="button button-quiet" onClick={() => setDismissed((d) => [...d, index])}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

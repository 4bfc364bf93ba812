import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isLastingNotice, type StartupNotice, type StorageFailure } from '../../contract/model';

/**
 * What the main process needs the user to know at start (e.g. their data was moved aside).
 * A notice that holds as long as the app runs (nothing can be saved) cannot be dismissed.
 */
export function NoticeBanner({ notices }: { notices: StartupNotice[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<number[]>([]);
  const visible = notices.map((notice, index) => ({ notice, index })).filter(({ index }) => !dismissed.includes(index));
  if (visible.length === 0) return null;
  return (
    <div className="notices">
      {visible.map(({ notice, index }) => {
        const lasting = isLastingNotice(notice);
        return (
          <div key={index} className={lasting ? 'notice notice-lasting' : 'notice'} role="alert" data-notice={notice.code}>
            <div>
              {lasting && <strong className="notice-title">{t('notice.lastingTitle')}</strong>}
              <p>{noticeText(t, notice)}</p>
            </div>
            {!lasting && (
              <button type="button" className="button button-quiet" onClick={() => setDismissed((d) => [...d, index])}>
                {t('notice.dismiss')}
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}

function noticeText(t: TFunction, notice: StartupNotice): string {
  const reason = (failure: StorageFailure) => t(`notice.reason.${failure}`);
  switch (notice.code) {
    case 'user-data-recovered':
      return t('notice.user-data-recovered', { movedTo: notice.movedTo });
    case 'user-data-too-new':
      return notice.shown
        ? t('notice.user-data-too-new', { foundVersion: notice.foundVersion, supportedVersion: notice.supportedVersion })
        : t('notice.user-data-too-new-hidden', { foundVersion: notice.foundVersion, supportedVersion: notice.supportedVersion });
    case 'user-data-read-only':
      return t('notice.user-data-read-only', { file: notice.file, reason: reason(notice.reason) });
    case 'user-data-unavailable':
      return t('notice.user-data-unavailable', { file: notice.file, reason: reason(notice.reason) });
    case 'user-data-wal-damaged':
      return notice.copiedTo
        ? t('notice.user-data-wal-damaged', { copiedTo: notice.copiedTo, kept: notice.transactionsKept, lost: notice.transactionsLost })
        : t('notice.user-data-wal-damaged-uncopied', { kept: notice.transactionsKept, lost: notice.transactionsLost });
  }
}

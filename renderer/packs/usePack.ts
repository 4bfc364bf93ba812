import { useCallback, useEffect, useState } from 'react';
import type { Pack, PackCheck, PackEdit } from '../../contract/packs';
import type { ApiError } from '../../contract/result';
import { useApi } from '../api/ApiContext';

export type PackState = { state: 'loading' } | { state: 'ready'; pack: Pack } | { state: 'failed'; error: ApiError };

/**
 * One pack as the store has it, its check against today's corpus (run when the
 * pack opens and after an edit that refreshes a card), and `edit`, which sends
 * one PackEdit and keeps the pack the store answers with.
 */
export function usePack(packId: string) {
  const api = useApi();
  const [loaded, setLoaded] = useState<PackState>({ state: 'loading' });
  const [check, setCheck] = useState<PackCheck | null>(null);
  const [checkError, setCheckError] = useState<ApiError | null>(null);
  const [editError, setEditError] = useState<ApiError | null>(null);

  const runCheck = useCallback(async () => {
    const result = await api.checkPack({ id: packId });
    setCheck(result.ok ? result.value : null);
    setCheckError(result.ok ? null : result.error);
    return result;
  }, [api, packId]);

  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    void api.getPack({ id: packId }).then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { state: 'ready', pack: result.value } : { state: 'failed', error: result.error });
      if (result.ok) void runCheck();
    });
    return () => {
      current = false;
    };
  }, [api, packId, runCheck]);

  /** Sends one edit; answers whether it was taken. */
  const edit = useCallback(
    async (change: PackEdit): Promise<boolean> => {
      const result = await api.editPack({ id: packId, edit: change });
      if (!result.ok) {
        setEditError(result.error);
        return false;
      }
      setEditError(null);
      setLoaded({ state: 'ready', pack: result.value });
      if (change.op === 'refresh-card' || change.op === 'restore-item') void runCheck();
      return true;
    },
    [api, packId, runCheck],
  );

  return { loaded, check, checkError, editError, dismissEditError: () => setEditError(null), edit, runCheck };
}

import { createContext, useContext } from 'react';
import type { DuizhaoApi } from '../../contract/api';

export const ApiContext = createContext<DuizhaoApi | null>(null);

export function useApi(): DuizhaoApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}

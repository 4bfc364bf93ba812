import { describe, expect, it } from 'vitest';
import { takeLaunchToken } from '../../../renderer/api/httpApi';

function tab(hash: string) {
  const stored = new Map<string, string>();
  const urls: string[] = [];
  const token = takeLaunchToken(
    { hash, pathname: '/', search: '' },
    { replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => void urls.push(String(url)) },
    { getItem: (key) => stored.get(key) ?? null, setItem: (key, value) => void stored.set(key, value) },
  );
  return { token, url: urls.at(-1) ?? null };
}

describe('the browser host launch address', () => {
  it('hands the token over and leaves the library in the address bar', () => {
    expect(tab('#token=abc_DEF-1')).toEqual({ token: 'abc_DEF-1', url: '/#/' });
  });

  it('opens at the place of a deep link the host was started with', () => {
    expect(tab('#token=abc&to=/doc/national-health-plan-14th-fyp-2022/p0017')).toEqual({ token: 'abc', url: '/#/doc/national-health-plan-14th-fyp-2022/p0017' });
  });

  it('takes nothing from an address that is not the launch address', () => {
    expect(tab('#token=abc&to=/settings')).toEqual({ token: null, url: null });
    expect(tab('#token=abc&to=//evil.example/doc/x/p1')).toEqual({ token: null, url: null });
  });
});

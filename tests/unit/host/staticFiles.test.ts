import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../main/serving/staticFiles';
import { tempDir } from '../../helpers/tempDir';

describe('resolveStaticFile', () => {
  function site() {
    const base = tempDir();
    const root = path.join(base, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
    fs.writeFileSync(path.join(base, 'secret.js'), '');
    fs.writeFileSync(path.join(root, 'notes.txt'), '');
    fs.symlinkSync(path.join(base, 'secret.js'), path.join(root, 'linked.js'));
    return root;
  }

  it('serves files inside the root, "/" as index.html', () => {
    const root = site();
    expect(resolveStaticFile(root, '/')?.file).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/app.js')?.contentType).toMatch(/^text\/javascript/);
  });

  it('refuses traversal, encoded traversal, backslashes, NUL, unknown types and symlinks out of the root', () => {
    const root = site();
    for (const p of ['/../secret.js', '/%2e%2e/secret.js', '/assets/..%2f..%2fsecret.js', '/..\\secret.js', '/index.html%00', '/notes.txt', '/linked.js', '/%E0%A4%A', '/assets']) {
      expect(resolveStaticFile(root, p), p).toBeNull();
    }
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConceptInput } from '../../../contract/terminology';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { readStarterTermbase, STARTER_AUTHOR } from '../../../main/domain/terminology/starterTermbase';
import { TermbaseService } from '../../../main/domain/terminology/termbaseService';
import { tempDir } from '../../helpers/tempDir';

const STARTER_FILE = path.resolve(__dirname, '../../../resources/terminology/starter-termbase.json');
const starter = readStarterTermbase(STARTER_FILE);

function openTermbase(file = path.join(tempDir(), 'user.sqlite'), at = '2026-11-30T10:00:00.000Z') {
  const db = openConnection(file);
  migrate(db, userDatabaseMigrations);
  return { db, file, termbase: new TermbaseService(db, starter, () => new Date(at)) };
}

const medicalConsortium: ConceptInput = {
  domain: 'medical-services',
  terms: [
    { language: 'zh', text: '医疗联合体', status: 'preferred' },
    { language: 'zh', text: '医联体', status: 'admitted', termType: 'abbreviation' },
    { language: 'en', text: 'medical consortium', status: 'preferred', sources: [{ kind: 'authority', name: 'NHC glossary', reference: null, date: '2020-01-01' }] },
    { language: 'en', text: 'medical alliance', status: 'forbidden', note: 'Reads as a trade association.' },
  ],
};

describe('the starter termbase as the app reads it', () => {
  it('holds at least 60 concepts, each with a Chinese and an English term, numbered and attributed', () => {
    expect(starter.concepts.length).toBeGreaterThanOrEqual(60);
    for (const concept of starter.concepts) {
      expect(concept.terms.some((t) => t.language === 'zh') && concept.terms.some((t) => t.language === 'en'), concept.id).toBe(true);
      expect(concept.terms.map((t) => t.id)).toEqual(concept.terms.map((_, i) => `${concept.id}.t${i + 1}`));
      expect(concept.changedBy).toBe(STARTER_AUTHOR);
    }
    const hierarchical = starter.concepts.find((c) => c.terms.some((t) => t.text === '分级诊疗'))!;
    expect(hierarchical.terms.find((t) => t.status === 'preferred' && t.language === 'en')!.matching.inflections).toBe(true);
    expect(hierarchical.terms.find((t) => t.language === 'zh')!.matching.inflections).toBe(false);
  });
});

describe('TermbaseService', () => {
  it('creates a concept with numbered terms, who made it and when, and keeps it across a reopening', () => {
    const { db, file, termbase } = openTermbase();
    const saved = termbase.save(medicalConsortium, 'Li Wei');
    expect(saved.id).toMatch(/^u[0-9a-f]{12}$/);
    expect(saved.terms.map((t) => t.id)).toEqual([1, 2, 3, 4].map((n) => `${saved.id}.t${n}`));
    expect(saved).toMatchObject({ origin: 'user', changedBy: 'Li Wei', changedAt: '2026-11-30T10:00:00.000Z', createdAt: '2026-11-30T10:00:00.000Z' });
    expect(saved.terms[3]).toMatchObject({ status: 'forbidden', note: 'Reads as a trade association.', termType: 'fullForm', sources: [] });
    db.close();
    const again = openTermbase(file).termbase;
    expect(again.get(saved.id)).toEqual(saved);
    expect(again.list()).toHaveLength(starter.concepts.length + 1);
  });

  it('edits keep term ids, number new terms after the highest, and record the new author and time', () => {
    const { termbase, db, file } = openTermbase();
    const saved = termbase.save(medicalConsortium, 'Li Wei');
    db.close();
    const later = openTermbase(file, '2026-12-01T09:00:00.000Z').termbase;
    const edited = later.save(
      { ...saved, terms: [...saved.terms.slice(1), { language: 'en', text: 'medical consortia network', status: 'admitted' }] },
      'Wang Fang',
    );
    expect(edited.terms.map((t) => t.id)).toEqual([2, 3, 4, 5].map((n) => `${saved.id}.t${n}`));
    expect(edited).toMatchObject({ createdAt: '2026-11-30T10:00:00.000Z', changedAt: '2026-12-01T09:00:00.000Z', changedBy: 'Wang Fang' });
  });

  it('an edited starter concept becomes the user’s; deleting hides it and restoring brings back the edit', () => {
    const { termbase } = openTermbase();
    const original = starter.concepts[0];
    const edited = termbase.save({ ...original, note: 'Checked against the 2024 list.' }, 'Li Wei');
    expect(edited).toMatchObject({ id: original.id, origin: 'user', note: 'Checked against the 2024 list.', createdAt: original.createdAt });
    termbase.delete(original.id, 'Li Wei');
    expect(termbase.get(original.id)).toBeNull();
    expect(termbase.list().map((c) => c.id)).not.toContain(original.id);
    expect(termbase.restore(original.id).note).toBe('Checked against the 2024 list.');
    expect(termbase.get(original.id)?.note).toBe('Checked against the 2024 list.');
  });

  it('a starter concept deleted unedited comes back as the starter’s', () => {
    const { termbase } = openTermbase();
    const original = starter.concepts[1];
    termbase.delete(original.id, 'Li Wei');
    expect(termbase.list()).toHaveLength(starter.concepts.length - 1);
    termbase.restore(original.id);
    expect(termbase.get(original.id)).toEqual(original);
  });

  it('refuses a concept without terms, a blank or over-long term, a term listed twice, a bad status or date, and writes nothing', () => {
    const { termbase } = openTermbase();
    const bad: unknown[] = [
      { terms: [] },
      { terms: [{ language: 'zh', text: '   ', status: 'preferred' }] },
      { terms: [{ language: 'en', text: 'x'.repeat(201), status: 'preferred' }] },
      { terms: [{ language: 'en', text: 'Plan', status: 'preferred' }, { language: 'en', text: 'plan ', status: 'admitted' }] },
      { terms: [{ language: 'en', text: 'plan', status: 'recommended' }] },
      { terms: [{ language: 'fr', text: 'plan', status: 'preferred' }] },
      { terms: [{ language: 'en', text: 'plan', status: 'preferred', date: '30/11/2026' }] },
      { terms: [{ language: 'en', text: 'plan\ud800', status: 'preferred' }] },
      { id: 'c999', terms: [{ language: 'en', text: 'plan', status: 'preferred' }] },
    ];
    for (const input of bad) expect(() => termbase.save(input as ConceptInput, 'Li Wei'), JSON.stringify(input)).toThrow();
    expect(termbase.list()).toHaveLength(starter.concepts.length);
  });

  it('keeps the audit marks the user sets, and takes one away', () => {
    const { termbase } = openTermbase();
    termbase.setMark('f-1', 'The 2021 briefing is quoted as published.', 'Li Wei');
    termbase.setMark('f-2', '', 'Li Wei');
    termbase.setMark('f-2', null, 'Li Wei');
    expect(termbase.marks()).toEqual([{ findingId: 'f-1', note: 'The 2021 briefing is quoted as published.', markedBy: 'Li Wei', markedAt: '2026-11-30T10:00:00.000Z' }]);
  });
});

import { useEffect, useRef, useState } from 'react';
import type { DocumentMetadata } from '../../contract/documents';
import type { ApiError } from '../../contract/result';
import { validateFields, type FieldProblem, type MetadataField, type MetadataFields } from './metadataFields';

/**
 * The state of a document's details form, as the import dialog and Edit details both keep it: the fields, the
 * problems found in them (the first one focused), the call's error and whether it is under way.
 */
export function useMetadataForm(initial: () => MetadataFields) {
  const [fields, setFields] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<MetadataField, FieldProblem>>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [working, setWorking] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(problems).length) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);

  /** The details as the contract takes them, or null with each problem shown by its field. */
  const check = (): DocumentMetadata | null => {
    const checked = validateFields(fields);
    setProblems(checked.ok ? {} : checked.problems);
    return checked.ok ? checked.metadata : null;
  };
  /** Runs the call that stores the details; what it answers is the error shown (null: none). */
  const run = async (call: () => Promise<ApiError | null>): Promise<void> => {
    setWorking(true);
    setError(await call());
    setWorking(false);
  };
  return { fields, setFields, problems, error, working, formRef, check, run };
}

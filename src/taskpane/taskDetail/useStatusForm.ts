/**
 * The state of the status entry form (Fluent's anatomy: this hook holds it, StatusForm renders it): the draft, the
 * messages per field, the row version the draft is based on, and the outcome of the last save through useAsyncAction.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { IsoDate } from '../../model';
import type { LedgerRow, WorkbookPort } from '../../workbook/port';
import type { Strings } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';
import { errorText } from '../shared/errorText';
import { refusalText } from '../shared/refusalText';
import { useAsyncAction } from '../shared/useAsyncAction';
import { useReporterName } from './useReporterName';
import { validateStatusUpdate, type StatusDraft, type StatusField } from './validateStatusUpdate';

export interface StatusFormProps {
  row: LedgerRow;
  port: WorkbookPort;
  today: IsoDate;
  /** Called after a successful write (the ledger and history re-read). */
  onSaved: () => void;
  /** Re-reads the ledger, e.g. after a conflict. */
  onReload: () => Promise<void>;
}

export type StatusOutcome = { kind: 'saved'; text: string } | { kind: 'conflict' } | { kind: 'failed'; text: string };

export type FieldErrors = Partial<Record<StatusField, string>>;

export interface StatusFormState {
  draft: StatusDraft;
  errors: FieldErrors;
  saving: boolean;
  outcome: StatusOutcome | null;
  change: <K extends keyof StatusDraft>(key: K, value: StatusDraft[K]) => void;
  submit: (event: FormEvent) => void;
  /** After a conflict: keeps the draft, re-reads the ledger, and checks the next save against the row as re-read. */
  reloadAfterConflict: () => void;
}

/** The form field a draft key belongs to; the extension checkbox has no message of its own. */
function fieldOfKey(key: keyof StatusDraft): StatusField | null {
  return key === 'extend' ? null : key;
}

function withoutField(errors: FieldErrors, field: StatusField): FieldErrors {
  const next = { ...errors };
  delete next[field];
  return next;
}

function initialDraft(row: LedgerRow, today: IsoDate, reporter: string): StatusDraft {
  return {
    status: row.status,
    note: '',
    date: today,
    by: reporter,
    extend: false,
    extensionDate: row.extension?.date ?? '',
    extensionReason: '',
  };
}

export function useStatusForm({ row, port, today, onSaved, onReload }: StatusFormProps): StatusFormState {
  const s = useStrings();
  const [reporter, rememberReporter] = useReporterName();
  const [draft, setDraft] = useState<StatusDraft>(() => initialDraft(row, today, reporter));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useAsyncAction<StatusOutcome>((error) => failed(s, errorText(error, s.locale)));
  // The row version the draft is based on, caught at the first edit: the pane re-reads the row whenever the
  // sheet changes, so passing the current `row.version` would let a co-author's edit made meanwhile be overwritten.
  const [base, setBase] = useState<string | null>(null);
  const pristine = base === null;

  // While untouched, the form shows the row as it is now (a sheet edit may have changed its status).
  useEffect(() => {
    if (pristine) setDraft((prev) => (prev.status === row.status ? prev : { ...prev, status: row.status }));
  }, [pristine, row.status]);

  const change = <K extends keyof StatusDraft>(key: K, value: StatusDraft[K]) => {
    setBase((prev) => prev ?? row.version);
    setDraft((prev) => ({ ...prev, [key]: value }));
    const field = fieldOfKey(key);
    if (field && errors[field]) setErrors((prev) => withoutField(prev, field));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.setOutcome(null);
    const checked = validateStatusUpdate(draft, s);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    void save.run(async () => {
      const result = await port.writeStatus(row.no, checked.update, base ?? row.version);
      if (!result.ok)
        return result.code === 'conflict' ? { kind: 'conflict' } : failed(s, refusalText(result, s.locale));
      setBase(null);
      rememberReporter(checked.update.by);
      setDraft((prev) => ({ ...prev, note: '', extend: false, extensionReason: '' }));
      onSaved();
      return { kind: 'saved', text: s.saved(row.no, s.statusNames[checked.update.status]) };
    });
  };

  const reloadAfterConflict = () => {
    save.setOutcome(null);
    setBase(null);
    void onReload();
  };

  return { draft, errors, saving: save.busy, outcome: save.outcome, change, submit, reloadAfterConflict };
}

function failed(s: Strings, reason: string): StatusOutcome {
  return { kind: 'failed', text: s.writeFailed(reason) };
}

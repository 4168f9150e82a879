/**
 * The status entry for one task: status, progress, date (today by default), who reports (remembered), an optional
 * extension; validated with the model's schema, written through port.writeStatus with the row's version.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import { useEffect, useState, type FormEvent } from 'react';
import { STATUSES, type IsoDate } from '../../model';
import type { LedgerRow, WorkbookPort } from '../../workbook/port';
import { errorText } from '../shared/errorText';
import { usePanelStyles } from '../shared/panel.styles';
import { useReporterName } from './useReporterName';
import { useStrings } from '../i18n/useStrings';
import { refusalText } from '../shared/refusalText';
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

/** The form field a draft key belongs to; the extension checkbox has no message of its own. */
function fieldOfKey(key: keyof StatusDraft): StatusField | null {
  return key === 'extend' ? null : key;
}

type Outcome = { kind: 'saved'; text: string } | { kind: 'conflict' } | { kind: 'failed'; text: string } | null;

export function StatusForm({ row, port, today, onSaved, onReload }: StatusFormProps) {
  const s = useStrings();
  const styles = usePanelStyles();
  const [reporter, rememberReporter] = useReporterName();
  const [draft, setDraft] = useState<StatusDraft>(() => ({
    status: row.status,
    note: '',
    date: today,
    by: reporter,
    extend: false,
    extensionDate: row.extension?.date ?? '',
    extensionReason: '',
  }));
  const [errors, setErrors] = useState<Partial<Record<StatusField, string>>>({});
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
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
    if (field && errors[field]) {
      setErrors((prev) => {
        const next = { ...prev };
        delete next[field];
        return next;
      });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const checked = validateStatusUpdate(draft, s);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const result = await port.writeStatus(row.no, checked.update, base ?? row.version);
      if (result.ok) {
        setBase(null);
        rememberReporter(checked.update.by);
        setOutcome({ kind: 'saved', text: s.saved(row.no, s.statusNames[checked.update.status]) });
        setDraft((prev) => ({ ...prev, note: '', extend: false, extensionReason: '' }));
        onSaved();
      } else if (result.code === 'conflict') {
        setOutcome({ kind: 'conflict' });
      } else {
        setOutcome({ kind: 'failed', text: s.writeFailed(refusalText(result, s.locale)) });
      }
    } catch (error) {
      setOutcome({ kind: 'failed', text: s.writeFailed(errorText(error)) });
    } finally {
      setSaving(false);
    }
  };

  const state = (field: StatusField) =>
    errors[field] ? { validationState: 'error' as const, validationMessage: errors[field] } : {};

  return (
    <form className={styles.panel} aria-label={s.formTitle} noValidate onSubmit={(e) => void submit(e)}>
      <h3 className={styles.heading}>{s.formTitle}</h3>
      <Field label={s.formStatus} required {...state('status')}>
        <Select value={draft.status} onChange={(_, d) => change('status', d.value)}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {s.statusNames[status]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.formNote} hint={s.formNoteHint} {...state('note')}>
        <Textarea resize="vertical" rows={4} value={draft.note} onChange={(_, d) => change('note', d.value)} />
      </Field>
      <Field label={s.formDate} required {...state('date')}>
        <Input type="date" value={draft.date} onChange={(_, d) => change('date', d.value)} />
      </Field>
      <Field label={s.formBy} required hint={s.formByHint} {...state('by')}>
        <Input value={draft.by} autoComplete="name" onChange={(_, d) => change('by', d.value)} />
      </Field>
      <Checkbox
        checked={draft.extend}
        label={s.formExtension}
        onChange={(_, d) => change('extend', d.checked === true)}
      />
      {draft.extend && (
        <>
          <Field label={s.formExtensionDate} required {...state('extensionDate')}>
            <Input type="date" value={draft.extensionDate} onChange={(_, d) => change('extensionDate', d.value)} />
          </Field>
          <Field label={s.formExtensionReason} required {...state('extensionReason')}>
            <Textarea
              resize="vertical"
              rows={2}
              value={draft.extensionReason}
              onChange={(_, d) => change('extensionReason', d.value)}
            />
          </Field>
        </>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? s.saving : s.save}
        </Button>
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'saved' && <OutcomeMessage intent="success">{outcome.text}</OutcomeMessage>}
        {outcome?.kind === 'conflict' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.conflictTitle}</MessageBarTitle>
              {s.conflictBody}
            </MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                onClick={() => {
                  setOutcome(null);
                  // The draft is kept; the next save is checked against the row as re-read now.
                  setBase(null);
                  void onReload();
                }}
              >
                {s.reload}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {outcome?.kind === 'failed' && <OutcomeMessage intent="error">{outcome.text}</OutcomeMessage>}
      </div>
    </form>
  );
}

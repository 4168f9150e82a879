/**
 * The status entry for one task: status, progress, date (today by default), who reports (remembered), an optional
 * extension; validated with the model's schema, written through port.writeStatus with the row's version. The state
 * lives in useStatusForm; this file renders it.
 */
import { Button, Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { STATUSES } from '../../model';
import { useStrings } from '../i18n/useStrings';
import { usePanelStyles } from '../shared/panel.styles';
import { StatusOutcomeMessage } from './StatusOutcomeMessage';
import { useStatusForm, type FieldErrors, type StatusFormProps } from './useStatusForm';
import type { StatusField } from './validateStatusUpdate';

export type { StatusFormProps } from './useStatusForm';

/** A Field's props showing the field's message, if it has one. */
function validation(errors: FieldErrors, field: StatusField) {
  const message = errors[field];
  return message ? { validationState: 'error' as const, validationMessage: message } : {};
}

export function StatusForm(props: StatusFormProps) {
  const s = useStrings();
  const styles = usePanelStyles();
  const { draft, errors, saving, outcome, change, submit, reloadAfterConflict } = useStatusForm(props);
  const state = (field: StatusField) => validation(errors, field);

  return (
    <form className={styles.panel} aria-label={s.formTitle} noValidate onSubmit={submit}>
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
        <StatusOutcomeMessage outcome={outcome} onReload={reloadAfterConflict} />
      </div>
    </form>
  );
}

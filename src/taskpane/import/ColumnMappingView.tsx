/**
 * The column mapping the parser used (`列：序号 · 任务 · 牵头单位 · 配合单位 · 完成时限`) and one role picker per
 * column to correct it, with each column's likeliest reading and the next one (a one-click switch between them).
 * The pickers are open, under a warning, when the parser was not sure; a correction remembered for the same header
 * is announced with a way to undo it.
 */
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Select } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ImportStrings } from './importStrings';
import { COLUMN_ROLES, type ColumnMapping, type ColumnReading, type ColumnRole } from '../../model';
import { useImportPreviewStyles } from './ImportPreview.styles';
import { MixedText } from '../shared/MixedText';

export interface ColumnMappingViewProps {
  mapping: ColumnMapping;
  /** One example cell per column ('' when none). */
  samples: string[];
  s: ImportStrings;
  onChange: (roles: ColumnRole[]) => void;
  onReset: () => void;
  /** The roles were set from a correction remembered for this header (shown with an undo). */
  rememberedApplied?: boolean | undefined;
}

/** The role a column can switch to in one click: the reading it does not have now. */
function otherReading(reading: ColumnReading | undefined, role: ColumnRole): ColumnRole | null {
  if (!reading) return null;
  const other = reading.role === role ? reading.runnerUp : reading.role;
  return other !== null && other !== role ? other : null;
}

export function ColumnMappingView({
  mapping,
  samples,
  s,
  onChange,
  onReset,
  rememberedApplied = false,
}: ColumnMappingViewProps) {
  const styles = useImportPreviewStyles();
  const pickersId = useId();
  // Unsure (no header, a small margin, rows that do not fit): the pickers are offered without asking.
  const prominent = mapping.uncertain && mapping.source !== 'user';
  const [opened, setOpened] = useState(false);
  const corrected = mapping.source === 'user';
  const open = prominent || opened || (corrected && !rememberedApplied);
  const line = s.columnsLine(mapping.roles.map((role) => s.role[role]));
  const setRole = (i: number, next: ColumnRole) => onChange(mapping.roles.map((r, j) => (j === i ? next : r)));

  return (
    <section className={styles.mapping} aria-label={s.columnsTitle}>
      <p className={styles.mappingLine}>{line}</p>
      <p className={styles.value}>{s.columnsSource[mapping.source]}</p>
      {prominent && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.columnsUncertain}</MessageBarBody>
        </MessageBar>
      )}
      {rememberedApplied && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.rememberedApplied}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onReset}>
              {s.undoRemembered}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!prominent && !(corrected && !rememberedApplied) && (
        <div>
          <Button size="small" aria-expanded={open} aria-controls={pickersId} onClick={() => setOpened(!opened)}>
            {open ? s.hideColumns : s.correctColumns}
          </Button>
        </div>
      )}
      {open && (
        <fieldset id={pickersId} className={styles.pickers}>
          <legend className={styles.term}>{s.columnsTitle}</legend>
          {mapping.roles.map((role, i) => {
            const header = mapping.headers[i];
            const sample = samples[i] ?? '';
            const reading = mapping.readings[i];
            const other = otherReading(reading, role);
            // A reading is worth showing when there is another one to weigh (or the column's role is not its best reading).
            const weighed = reading && (reading.runnerUp !== null || reading.role !== role);
            const readingText = weighed
              ? s.columnReading(s.role[reading.role], reading.runnerUp ? s.role[reading.runnerUp] : null)
              : '';
            const hint = [header ? s.columnHeader(header) : '', sample ? s.columnSample(sample) : '']
              .filter(Boolean)
              .join(' · ');
            return (
              <div key={i} className={styles.picker}>
                <Field
                  orientation="horizontal"
                  size="small"
                  label={s.columnLabel(i + 1)}
                  hint={hint ? <MixedText text={hint} /> : null}
                >
                  <Select
                    size="small"
                    value={role}
                    onChange={(_, d) => setRole(i, COLUMN_ROLES.find((c) => c === d.value) ?? role)}
                  >
                    {COLUMN_ROLES.map((option) => (
                      <option key={option} value={option}>
                        {s.role[option]}
                      </option>
                    ))}
                  </Select>
                </Field>
                {(readingText || other) && (
                  <div className={styles.reading}>
                    {readingText && <span className={styles.term}>{readingText}</span>}
                    {other && (
                      <Button
                        size="small"
                        appearance="subtle"
                        aria-label={s.switchRoleLabel(i + 1, s.role[other])}
                        onClick={() => setRole(i, other)}
                      >
                        {s.switchRole(s.role[other])}
                      </Button>
                    )}
                  </div>
                )}
              </div>
            );
          })}
          {corrected && !rememberedApplied && (
            <>
              {mapping.headerKey !== '' && <p className={styles.value}>{s.remembered}</p>}
              <div>
                <Button size="small" onClick={onReset}>
                  {s.resetColumns}
                </Button>
              </div>
            </>
          )}
        </fieldset>
      )}
    </section>
  );
}

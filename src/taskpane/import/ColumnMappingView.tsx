/**
 * The column mapping the parser used (`列：序号 · 任务 · 牵头单位 · 配合单位 · 完成时限`) and one role picker per
 * column to correct it. The pickers are open, under a warning, when the parser was not sure of its inference.
 */
import { Button, Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ImportStrings } from './importStrings';
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from '../../model';
import { useImportPreviewStyles } from './ImportPreview.styles';
import { MixedText } from '../shared/MixedText';

export interface ColumnMappingViewProps {
  mapping: ColumnMapping;
  /** One example cell per column ('' when none). */
  samples: string[];
  s: ImportStrings;
  onChange: (roles: ColumnRole[]) => void;
  onReset: () => void;
}

export function ColumnMappingView({ mapping, samples, s, onChange, onReset }: ColumnMappingViewProps) {
  const styles = useImportPreviewStyles();
  const pickersId = useId();
  // Unsure (no header, or one that does not name every column): the pickers are offered without asking.
  const prominent = mapping.uncertain && mapping.source !== 'user';
  const [opened, setOpened] = useState(false);
  const open = prominent || opened || mapping.source === 'user';
  const line = s.columnsLine(mapping.roles.map((role) => s.role[role]));

  return (
    <section className={styles.mapping} aria-label={s.columnsTitle}>
      <p className={styles.mappingLine}>{line}</p>
      <p className={styles.value}>{s.columnsSource[mapping.source]}</p>
      {prominent && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.columnsUncertain}</MessageBarBody>
        </MessageBar>
      )}
      {!prominent && mapping.source !== 'user' && (
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
            const hint = [header ? s.columnHeader(header) : '', sample ? s.columnSample(sample) : ''].filter(Boolean).join(' · ');
            return (
              <Field key={i} className={styles.picker} orientation="horizontal" size="small" label={s.columnLabel(i + 1)} hint={hint ? <MixedText text={hint} /> : null}>
                <Select
                  size="small"
                  value={role}
                  onChange={(_, d) => onChange(mapping.roles.map((r, j) => (j === i ? (COLUMN_ROLES.find((c) => c === d.value) ?? r) : r)))}
                >
                  {COLUMN_ROLES.map((option) => (
                    <option key={option} value={option}>
                      {s.role[option]}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
          {mapping.source === 'user' && (
            <div>
              <Button size="small" onClick={onReset}>
                {s.resetColumns}
              </Button>
            </div>
          )}
        </fieldset>
      )}
    </section>
  );
}

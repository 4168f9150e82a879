/**
 * The column mapping the parser used (`列：序号 · 任务 · 牵头单位 · 配合单位 · 完成时限`) and one role picker per
 * column to correct it, with each column's likeliest reading and the next one (a one-click switch between them).
 * The pickers are open, under a warning, when the parser was not sure; a correction remembered for the same header
 * is announced with a way to undo it. The state is in `useColumnMappingView`, one picker in `ColumnRolePicker`.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { ColumnMapping, ColumnRole } from '../../model';
import { ColumnRolePicker } from './ColumnRolePicker';
import { useImportPreviewStyles } from './ImportPreview.styles';
import type { ImportStrings } from './importStrings';
import { useColumnMappingView } from './useColumnMappingView';

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

export function ColumnMappingView({
  mapping,
  samples,
  s,
  onChange,
  onReset,
  rememberedApplied = false,
}: ColumnMappingViewProps) {
  const styles = useImportPreviewStyles();
  const state = useColumnMappingView(mapping, rememberedApplied, onChange);
  return (
    <section className={styles.mapping} aria-label={s.columnsTitle}>
      <p className={styles.mappingLine}>{s.columnsLine(mapping.roles.map((role) => s.role[role]))}</p>
      <p className={styles.value}>{s.columnsSource[mapping.source]}</p>
      {state.prominent && (
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
      {state.toggleShown && (
        <div>
          <Button size="small" aria-expanded={state.open} aria-controls={state.pickersId} onClick={state.toggle}>
            {state.open ? s.hideColumns : s.correctColumns}
          </Button>
        </div>
      )}
      {state.open && (
        <fieldset id={state.pickersId} className={styles.pickers}>
          <legend className={styles.term}>{s.columnsTitle}</legend>
          {mapping.roles.map((role, i) => (
            <ColumnRolePicker
              key={i}
              index={i}
              role={role}
              header={mapping.headers[i]}
              sample={samples[i] ?? ''}
              reading={mapping.readings[i]}
              s={s}
              onRole={(next) => state.setRole(i, next)}
            />
          ))}
          {state.correcting && (
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

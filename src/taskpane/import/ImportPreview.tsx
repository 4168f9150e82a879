/**
 * What the parser understood, before anything is written: title and counts, the column mapping (correctable; first
 * when the parser is unsure), the year field when deadlines lack a year, the issues by line in the pane's language,
 * silent corrections as information, and each task's fields with what in its cells needs checking. The state is in
 * `useImportPreview`; the parts are `ColumnMappingView`, `YearField`, `ParseIssueList` and `PreviewTaskItem`.
 */
import type { ColumnRole, ParsedTaskTable } from '../../model';
import type { Strings } from '../i18n/strings';
import { MixedText } from '../shared/MixedText';
import { usePanelStyles } from '../shared/panel.styles';
import { ColumnMappingView } from './ColumnMappingView';
import type { YearFieldState } from './ImportPanel.types';
import { useImportPreviewStyles } from './ImportPreview.styles';
import type { ImportStrings } from './importStrings';
import { ParseIssueList } from './ParseIssueList';
import { PreviewTaskItem } from './PreviewTaskItem';
import { useImportPreview } from './useImportPreview';
import { YearField } from './YearField';

const NO_PROBLEMS: readonly string[] = [];

export interface ImportPreviewProps {
  table: ParsedTaskTable;
  /** The text that was parsed (for example cells beside the column pickers). */
  text: string;
  s: Strings;
  is: ImportStrings;
  onColumnsChange: (roles: ColumnRole[]) => void;
  onColumnsReset: () => void;
  /** The roles come from a correction remembered for this header. */
  rememberedApplied?: boolean | undefined;
  /** The year field's state (shown when deadlines lack a year). */
  year?: YearFieldState | undefined;
}

export function ImportPreview({
  table,
  text,
  s,
  is,
  onColumnsChange,
  onColumnsReset,
  rememberedApplied,
  year,
}: ImportPreviewProps) {
  const panel = usePanelStyles();
  const styles = useImportPreviewStyles();
  const state = useImportPreview(table, text, s.locale);
  const { problems, corrections, tasks } = state;
  const mappingView = state.mapping && (
    <ColumnMappingView
      mapping={state.mapping}
      samples={state.samples}
      s={is}
      onChange={onColumnsChange}
      onReset={onColumnsReset}
      rememberedApplied={rememberedApplied}
    />
  );

  return (
    <section aria-label={s.previewTitle} className={styles.preview}>
      <h3 className={panel.heading}>{s.previewTitle}</h3>
      {state.mappingFirst && mappingView}
      <p className={panel.text}>
        <MixedText text={s.previewSummary(table.title, table.sections.length, table.tasks.length)} locale={s.locale} />
      </p>
      {!state.mappingFirst && mappingView}
      {year?.shown && <YearField year={year} is={is} />}
      <h4 className={panel.heading}>{problems.length > 0 ? s.issuesTitle(problems.length) : s.noIssues}</h4>
      {problems.length > 0 && <ParseIssueList issues={problems} label={s.issuesTitle(problems.length)} s={s} is={is} />}
      {corrections.length > 0 && (
        <>
          <h4 className={panel.heading}>{is.infoTitle(corrections.length)}</h4>
          <ParseIssueList issues={corrections} label={is.infoTitle(corrections.length)} info s={s} is={is} />
        </>
      )}
      {tasks.length > 0 && (
        <>
          <h4 className={panel.heading}>{s.previewTasks}</h4>
          <ul className={panel.list} aria-label={s.previewTasks}>
            {tasks.map((task) => (
              <PreviewTaskItem
                key={`${task.no}-${task.line}`}
                task={task}
                s={is}
                problems={state.problemsByTask.get(task.no) ?? NO_PROBLEMS}
              />
            ))}
          </ul>
          {state.moreTasks > 0 && <p className={panel.muted}>{s.previewMore(state.moreTasks)}</p>}
        </>
      )}
    </section>
  );
}

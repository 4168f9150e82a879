/**
 * What the parser understood, before anything is written: title and counts, the column mapping (correctable; first
 * when the parser is unsure), the year field when deadlines lack a year, the issues by line in the pane's language,
 * silent corrections as information, and each task's fields with what in its cells needs checking.
 */
import { useMemo } from 'react';
import type { Strings } from '../i18n/strings';
import { usePanelStyles } from '../shared/panel.styles';
import { ColumnMappingView } from './ColumnMappingView';
import { columnSamples } from './columnSamples';
import { widestTabRow } from './tabRows';
import type { ImportStrings } from './importStrings';
import {
  formatParseIssue,
  type ColumnMapping,
  type ColumnRole,
  type ParsedTaskTable,
  type ParseIssue,
} from '../../model';
import { PreviewTaskItem } from './PreviewTaskItem';
import { previewTask } from './previewTask';
import { Field, Input, mergeClasses } from '@fluentui/react-components';
import { useImportPreviewStyles } from './ImportPreview.styles';
import { MixedText } from '../shared/MixedText';
import type { YearFieldState } from './useImportPanel';

const NO_PROBLEMS: readonly string[] = [];

/** Tasks listed in the preview; the rest are counted. */
const PREVIEW_TASKS = 30;

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
  const mapping = useMemo(
    () => (table.columns ? widenMapping(table.columns, widestTabRow(text)) : null),
    [table.columns, text],
  );
  const width = mapping?.roles.length ?? 0;
  const hasHeader = mapping?.headers.some((h) => h !== null) ?? false;
  const samples = useMemo(() => (width > 0 ? columnSamples(text, width, hasHeader) : []), [text, width, hasHeader]);
  const problems = table.issues.filter((issue) => issue.severity !== 'info');
  const corrections = table.issues.filter((issue) => issue.severity === 'info');
  const tasks = useMemo(() => table.tasks.slice(0, PREVIEW_TASKS).map(previewTask), [table.tasks]);
  const problemsByTask = useMemo(() => taskProblems(problems, s.locale), [problems, s.locale]);
  // Unsure of the columns: they come first, before anything read with them.
  const mappingFirst = mapping !== null && mapping.uncertain && mapping.source !== 'user';
  const mappingView = mapping && (
    <ColumnMappingView
      mapping={mapping}
      samples={samples}
      s={is}
      onChange={onColumnsChange}
      onReset={onColumnsReset}
      rememberedApplied={rememberedApplied}
    />
  );

  const issueItem = (issue: ParseIssue, i: number, info: boolean) => (
    <li key={`${issue.line}-${issue.code}-${i}`} className={mergeClasses(panel.item, info && styles.info)}>
      <strong>
        {issue.line > 0 ? `${s.issueLine(issue.line)} · ${is.severity[issue.severity]}` : is.severity[issue.severity]}
      </strong>
      {s.fieldLabel('')}
      <MixedText text={formatParseIssue(issue, s.locale)} locale={s.locale} />
    </li>
  );

  return (
    <section aria-label={s.previewTitle} className={styles.preview}>
      <h3 className={panel.heading}>{s.previewTitle}</h3>
      {mappingFirst && mappingView}
      <p className={panel.text}>
        <MixedText text={s.previewSummary(table.title, table.sections.length, table.tasks.length)} locale={s.locale} />
      </p>
      {!mappingFirst && mappingView}
      {year?.shown && (
        <Field
          label={is.yearLabel}
          hint={is.yearHint}
          validationState={year.parsed !== undefined ? 'success' : year.valid ? 'none' : 'error'}
          validationMessage={
            year.parsed !== undefined ? is.yearApplied(year.parsed) : year.valid ? null : is.yearInvalid
          }
        >
          <Input
            className={styles.yearField}
            inputMode="numeric"
            value={year.value}
            onChange={(_, d) => year.set(d.value)}
          />
        </Field>
      )}
      <h4 className={panel.heading}>{problems.length > 0 ? s.issuesTitle(problems.length) : s.noIssues}</h4>
      {problems.length > 0 && (
        <ul className={panel.list} aria-label={s.issuesTitle(problems.length)}>
          {problems.map((issue, i) => issueItem(issue, i, false))}
        </ul>
      )}
      {corrections.length > 0 && (
        <>
          <h4 className={panel.heading}>{is.infoTitle(corrections.length)}</h4>
          <ul className={panel.list} aria-label={is.infoTitle(corrections.length)}>
            {corrections.map((issue, i) => issueItem(issue, i, true))}
          </ul>
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
                problems={problemsByTask.get(task.no) ?? NO_PROBLEMS}
              />
            ))}
          </ul>
          {table.tasks.length > PREVIEW_TASKS && (
            <p className={panel.muted}>{s.previewMore(table.tasks.length - PREVIEW_TASKS)}</p>
          )}
        </>
      )}
    </section>
  );
}

/** Issues the card already marks in its own field (期限 待确认 / 未能识别, 未读到责任单位). */
const SHOWN_BY_FIELD: ReadonlySet<ParseIssue['code']> = new Set([
  'schedule-ambiguous',
  'schedule-unrecognized',
  'units-empty',
]);

/** Each task's problems (issues naming its number), worded, so its card shows what to check. */
function taskProblems(problems: readonly ParseIssue[], locale: Strings['locale']): Map<number, string[]> {
  const byTask = new Map<number, string[]>();
  for (const issue of problems) {
    const no = issue.params.no;
    if (typeof no !== 'number' || SHOWN_BY_FIELD.has(issue.code)) continue;
    const list = byTask.get(no) ?? [];
    list.push(formatParseIssue(issue, locale));
    byTask.set(no, list);
  }
  return byTask;
}

/** Columns the parser did not map (cells past its layout) are shown as 'other', so the coordinator can give them a role. */
function widenMapping(mapping: ColumnMapping, width: number): ColumnMapping {
  if (width <= mapping.roles.length) return mapping;
  const extra = width - mapping.roles.length;
  return {
    ...mapping,
    roles: [...mapping.roles, ...Array<ColumnRole>(extra).fill('other')],
    headers: [...mapping.headers, ...Array<string | null>(extra).fill(null)],
  };
}

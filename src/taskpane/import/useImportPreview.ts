/**
 * The import preview's state, derived from the parse: the column mapping widened to the text's widest row with an
 * example cell per column, the problems and the silent corrections apart, the first tasks as cards with each one's
 * problems, and whether the mapping comes first (the parser was unsure of it).
 */
import { useMemo } from 'react';
import type { ColumnMapping, ParsedTaskTable, ParseIssue } from '../../model';
import type { Locale } from '../i18n/strings';
import { columnSamples } from './columnSamples';
import { previewTask, type PreviewTask } from './previewTask';
import { widestTabRow } from './tabRows';
import { taskProblems } from './taskProblems';
import { widenMapping } from './widenMapping';

/** Tasks listed in the preview; the rest are counted. */
const PREVIEW_TASKS = 30;

export interface ImportPreviewState {
  mapping: ColumnMapping | null;
  /** One example cell per column of `mapping`. */
  samples: string[];
  /** Unsure of the columns: they come first, before anything read with them. */
  mappingFirst: boolean;
  problems: ParseIssue[];
  /** Silent corrections, shown as information. */
  corrections: ParseIssue[];
  /** The first PREVIEW_TASKS tasks. */
  tasks: PreviewTask[];
  /** Tasks past PREVIEW_TASKS, counted. */
  moreTasks: number;
  problemsByTask: Map<number, string[]>;
}

export function useImportPreview(table: ParsedTaskTable, text: string, locale: Locale): ImportPreviewState {
  const mapping = useMemo(
    () => (table.columns ? widenMapping(table.columns, widestTabRow(text)) : null),
    [table.columns, text],
  );
  const width = mapping?.roles.length ?? 0;
  const hasHeader = mapping?.headers.some((h) => h !== null) ?? false;
  const samples = useMemo(() => (width > 0 ? columnSamples(text, width, hasHeader) : []), [text, width, hasHeader]);
  const problems = useMemo(() => table.issues.filter((issue) => issue.severity !== 'info'), [table.issues]);
  const corrections = useMemo(() => table.issues.filter((issue) => issue.severity === 'info'), [table.issues]);
  const tasks = useMemo(() => table.tasks.slice(0, PREVIEW_TASKS).map(previewTask), [table.tasks]);
  const problemsByTask = useMemo(() => taskProblems(problems, locale), [problems, locale]);
  return {
    mapping,
    samples,
    mappingFirst: mapping !== null && mapping.uncertain && mapping.source !== 'user',
    problems,
    corrections,
    tasks,
    moreTasks: Math.max(table.tasks.length - PREVIEW_TASKS, 0),
    problemsByTask,
  };
}

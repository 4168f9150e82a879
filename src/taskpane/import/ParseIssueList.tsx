/**
 * A list of the parser's issues in the import preview, each with its line and severity and worded in the pane's
 * language (`formatParseIssue`); the silent corrections are listed the same way, styled as information.
 */
import { mergeClasses } from '@fluentui/react-components';
import { formatParseIssue, type ParseIssue } from '../../model';
import type { Strings } from '../i18n/strings';
import { MixedText } from '../shared/MixedText';
import { usePanelStyles } from '../shared/panel.styles';
import { useImportPreviewStyles } from './ImportPreview.styles';
import type { ImportStrings } from './importStrings';

export interface ParseIssueListProps {
  issues: readonly ParseIssue[];
  /** The list's accessible name. */
  label: string;
  /** Silent corrections (styled as information). */
  info?: boolean;
  s: Strings;
  is: ImportStrings;
}

export function ParseIssueList({ issues, label, info = false, s, is }: ParseIssueListProps) {
  const panel = usePanelStyles();
  const styles = useImportPreviewStyles();
  return (
    <ul className={panel.list} aria-label={label}>
      {issues.map((issue, i) => (
        <li key={`${issue.line}-${issue.code}-${i}`} className={mergeClasses(panel.item, info && styles.info)}>
          <strong>
            {issue.line > 0
              ? `${s.issueLine(issue.line)} · ${is.severity[issue.severity]}`
              : is.severity[issue.severity]}
          </strong>
          {s.fieldLabel('')}
          <MixedText text={formatParseIssue(issue, s.locale)} locale={s.locale} />
        </li>
      ))}
    </ul>
  );
}

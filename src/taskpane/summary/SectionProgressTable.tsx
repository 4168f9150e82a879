/** Progress by section: total, done, overdue and due soon per section of the ledger, as on the 汇总 sheet. */
import { mergeClasses } from '@fluentui/react-components';
import type { Section, SectionCount } from '../../model';
import { DATA_LANG } from '../shared/DataText';
import { usePanelStyles } from '../shared/panel.styles';
import { useStrings } from '../i18n/useStrings';
import { useSummaryPanelStyles } from './SummaryPanel.styles';

export interface SectionProgressTableProps {
  sections: readonly Section[];
  bySection: readonly SectionCount[];
}

export function SectionProgressTable({ sections, bySection }: SectionProgressTableProps) {
  const s = useStrings();
  const styles = usePanelStyles();
  const own = useSummaryPanelStyles();
  return (
    <table className={own.table} aria-label={s.sectionTable}>
      <caption className={mergeClasses(styles.muted, own.caption)}>{s.sectionTable}</caption>
      <thead>
        <tr>
          <th scope="col">{s.colSection}</th>
          {[s.colTotal, s.colDone, s.colOverdue, s.colDueSoon].map((label) => (
            <th key={label} scope="col" className={own.num}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {bySection.map((c) => {
          const section = sections.find((x) => x.no === c.section);
          return (
            <tr key={c.section ?? 'none'}>
              {/* A section's name and its title attribute are the table's own words, marked; the row without one is the pane's. */}
              {section ? (
                <th scope="row" title={c.title} lang={DATA_LANG}>
                  {`${section.numeral}、${section.title}`}
                </th>
              ) : (
                <th scope="row">{s.noSection}</th>
              )}
              <td>{c.total}</td>
              <td>{c.done}</td>
              <td>{c.overdue}</td>
              <td>{c.dueSoon}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * One click per section: 全部 24 · 一 6 · 二 7 …, as toggle buttons (the pressed one is the filter). A section's chip
 * shows its numeral and count, with its title in a tooltip; its name for screen readers is the section in full, in
 * the pane's words around the table's own (`lang="zh-CN"` on the Chinese, which attributes cannot mark in part).
 */
import { Button } from '@fluentui/react-components';
import type { Section } from '../../model';
import type { ReactNode } from 'react';
import { useStrings } from '../i18n/useStrings';
import { DATA_LANG } from '../shared/DataText';
import { MixedText } from '../shared/MixedText';
import { useSectionTabsStyles } from './SectionTabs.styles';

export interface SectionTabsProps {
  sections: readonly Section[];
  counts: ReadonlyMap<number | null, number>;
  total: number;
  selected: number | null | 'all';
  onSelect: (section: number | null | 'all') => void;
}

/** A chip: its visible text, and for a section its full name and the title its tooltip shows. */
interface Choice {
  value: number | null | 'all';
  label: string;
  section?: { name: string; title: string };
}

function SectionChipText({ choice }: { choice: Choice }): ReactNode {
  const styles = useSectionTabsStyles();
  if (!choice.section) return choice.label;
  return (
    <>
      <span aria-hidden="true" lang={DATA_LANG} title={choice.section.title}>
        {choice.label}
      </span>
      <span className={styles.name}>
        <MixedText text={choice.section.name} />
      </span>
    </>
  );
}

export function SectionTabs({ sections, counts, total, selected, onSelect }: SectionTabsProps) {
  const s = useStrings();
  const styles = useSectionTabsStyles();
  const outside = counts.get(null) ?? 0;
  const choices: Choice[] = [
    { value: 'all', label: s.sectionAll(total) },
    ...sections.map((section) => {
      const n = counts.get(section.no) ?? 0;
      return {
        value: section.no,
        label: `${section.numeral} ${n}`,
        section: { name: s.sectionTabLabel(section, n), title: section.title },
      };
    }),
    ...(outside > 0 ? [{ value: null, label: `${s.noSection} ${outside}` }] : []),
  ];
  return (
    <div role="group" aria-label={s.sectionTabs} className={styles.group}>
      {choices.map((choice) => (
        <Button
          key={String(choice.value)}
          className={styles.button}
          size="small"
          shape="circular"
          appearance={selected === choice.value ? 'primary' : 'secondary'}
          aria-pressed={selected === choice.value}
          onClick={() => onSelect(choice.value)}
        >
          <SectionChipText choice={choice} />
        </Button>
      ))}
    </div>
  );
}

/**
 * One click per section: 全部 24 · 一 6 · 二 7 …, as toggle buttons (the pressed one is the filter), each naming its
 * section in full for screen readers and in a tooltip.
 */
import { Button } from '@fluentui/react-components';
import type { Section } from '../../model';
import type { ReactNode } from 'react';
import { useStrings } from '../i18n/useStrings';
import { DataText } from '../shared/DataText';
import { useSectionTabsStyles } from './SectionTabs.styles';

export interface SectionTabsProps {
  sections: readonly Section[];
  counts: ReadonlyMap<number | null, number>;
  total: number;
  selected: number | null | 'all';
  onSelect: (section: number | null | 'all') => void;
}

export function SectionTabs({ sections, counts, total, selected, onSelect }: SectionTabsProps) {
  const s = useStrings();
  const styles = useSectionTabsStyles();
  const outside = counts.get(null) ?? 0;
  const choices: { value: number | null | 'all'; label: ReactNode; name: string; title?: string }[] = [
    { value: 'all', label: s.sectionAll(total), name: s.sectionAll(total) },
    ...sections.map((section) => {
      const n = counts.get(section.no) ?? 0;
      return {
        value: section.no,
        label: (
          <>
            <DataText>{section.numeral}</DataText> {n}
          </>
        ),
        name: s.sectionTabLabel(section.numeral, section.title, n),
        title: section.title,
      };
    }),
    ...(outside > 0 ? [{ value: null, label: `${s.noSection} ${outside}`, name: `${s.noSection} ${outside}` }] : []),
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
          aria-label={choice.name}
          title={choice.title}
          onClick={() => onSelect(choice.value)}
        >
          {choice.label}
        </Button>
      ))}
    </div>
  );
}

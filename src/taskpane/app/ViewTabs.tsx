/**
 * The pane's views (任务 · 导入 · 填报轮次 · 汇总) as a WAI-ARIA tab list: one tab stop, arrow keys and Home/End move
 * between tabs. Plain buttons keep the first screen's script small.
 */
import { mergeClasses } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';
import { useViewTabsStyles } from './ViewTabs.styles';

export interface ViewTabsProps<V extends string> {
  label: string;
  views: readonly { value: V; label: string }[];
  selected: V;
  onSelect: (value: V) => void;
}

export function ViewTabs<V extends string>({ label, views, selected, onSelect }: ViewTabsProps<V>) {
  const styles = useViewTabsStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = views.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const view = next === null ? undefined : views[next];
    if (next === null || !view) return;
    event.preventDefault();
    onSelect(view.value);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {views.map((view, index) => (
        <button
          key={view.value}
          ref={(el) => {
            refs.current[index] = el;
          }}
          type="button"
          role="tab"
          aria-selected={view.value === selected}
          tabIndex={view.value === selected ? 0 : -1}
          className={mergeClasses(styles.tab, view.value === selected && styles.selected)}
          onClick={() => onSelect(view.value)}
          onKeyDown={(e) => onKeyDown(e, index)}
        >
          {view.label}
        </button>
      ))}
    </div>
  );
}

/**
 * The 板块 cell of a task: its section's numeral and title as a reader knows them (`一、构建…`).
 */
import type { Section } from '../model';

/**
 * The label of a section: `一、标题`, `（一）标题`, `1.标题` stay as printed.
 * @example
 * sectionLabel({ no: 1, numeral: '一', title: '构建现代职业教育衔接沟通体系' }) // '一、构建现代职业教育衔接沟通体系'
 */
export function sectionLabel(section: Section): string {
  const numeral = section.numeral.trim();
  if (numeral === '') return section.title;
  if (section.title.startsWith(numeral)) return section.title;
  // A numeral that carries its own punctuation (`（一）`, `1.`) needs no `、`.
  return /[）)、.．]$/.test(numeral) ? `${numeral}${section.title}` : `${numeral}、${section.title}`;
}

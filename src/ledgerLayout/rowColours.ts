/**
 * The fills the 预警 column's conditional formats give a row (Excel's light red, yellow and green).
 */
export const ROW_COLOURS = { overdue: '#FFC7CE', dueSoon: '#FFEB9C', done: '#C6EFCE' } as const;
/** The light blue of 蓝黄红's 临期. */
export const BLUE_ROW = '#BDD7EE';

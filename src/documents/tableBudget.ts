/**
 * What the tables of one document may produce in all: cells and characters, counted as the grids are built
 * (a merged cell's text in each cell it covers, nested tables' text too). Passing a limit throws a
 * `TableBudgetExceeded`, which `readDocxTables` turns into a refusal (errors as data at its edge).
 */

/** Cells in all the tables of one document (5,000 tasks × 8 columns is 40,000). */
const MAX_TABLE_CELLS = 200_000;
/** Characters in all the cells of one document, merged copies and nested tables included (a 5,000-task table holds about 1 M). */
const MAX_TABLE_CHARS = 20_000_000;

export class TableBudgetExceeded extends Error {
  constructor(
    readonly code: 'table-too-large' | 'table-text-too-large',
    readonly counted: number,
    readonly limit: number,
  ) {
    super(code);
  }
}

export class TableBudget {
  private cells = 0;
  private chars = 0;

  constructor(
    readonly maxCells = MAX_TABLE_CELLS,
    readonly maxChars = MAX_TABLE_CHARS,
  ) {}

  /** Throws when `more` cells on top of those counted would pass the limit. */
  checkCells(more: number): void {
    if (this.cells + more > this.maxCells)
      throw new TableBudgetExceeded('table-too-large', this.cells + more, this.maxCells);
  }

  addCells(count: number): void {
    this.checkCells(count);
    this.cells += count;
  }

  addChars(count: number): void {
    this.chars += count;
    if (this.chars > this.maxChars) throw new TableBudgetExceeded('table-text-too-large', this.chars, this.maxChars);
  }
}

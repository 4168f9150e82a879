/**
 * A merge the workbook layer refused before writing anything (a needed column gone, a 序号 on two rows, cells below
 * the table taken); its message says why and what to do. `loadLedger` throws it, the pane shows the message.
 */
export class LedgerRefusal extends Error {
  override readonly name = 'LedgerRefusal';
}

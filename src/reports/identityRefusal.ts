/**
 * Why a returned file's identity (its `_meta` sheet) keeps it out of this ledger, as data: a code and the values the
 * refusal names. The pane words each one per locale (`src/taskpane/rounds/identityRefusalText.ts`). Values copied
 * from the file are as the file holds them (each at most `MAX_META_TEXT` characters): the pane cuts them for display.
 */
import type { IdentityPart } from './reportSignature';

/** The identity a file claims, as its `_meta` sheet holds it. */
export interface ClaimedIdentity {
  workbookId: string;
  roundName: string;
  dueDate: string;
  agency: string;
}

export type IdentityRefusal =
  /** A format version this add-in does not read; `oldest`–`newest` are the ones it does. */
  | { code: 'unknown-version'; params: { version: number; oldest: number; newest: number } }
  /** Format 1: the public checksum does not match (`edited`), or `_meta` holds what we never write (`malformed`). */
  | { code: 'checksum-mismatch'; params: { what: 'edited' | 'malformed' } }
  /**
   * Format 2: the signature does not verify. `edited`: the parts found edited (or re-signed with another key; none
   * when only the signature itself was) and the 序号 of task-list entries edited or added; `malformed`: `_meta`
   * holds what we never write.
   */
  | {
      code: 'signature-mismatch';
      params:
        | { what: 'edited'; changed: IdentityPart[]; changedTasks: number[]; claimed: ClaimedIdentity }
        | { what: 'malformed' };
    }
  /** Signed with a key that is not this ledger's (`ledgerKeyId` null: the ledger has no key). */
  | { code: 'unknown-key'; params: { fileKeyId: string; ledgerKeyId: string | null } }
  | { code: 'other-workbook'; params: { roundName: string; agency: string } }
  | { code: 'unknown-round'; params: { roundName: string } }
  /** A format-1 (unsigned) file for a round that began after the ledger had a key: a downgrade. */
  | { code: 'unsigned'; params: { roundName: string } };

/** A format-1 file read as unauthenticated: nobody can vouch that it was not edited. */
export interface UnauthenticatedWarning {
  code: 'unauthenticated';
  params: { agency: string };
}

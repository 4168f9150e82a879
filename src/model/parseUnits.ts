/**
 * Reads a 负责单位 cell into assignments: who leads (牵头), who supports (配合), who shares a
 * joint list, written in any of the genre's forms (markers, labels, inline brackets, compounds).
 */
import type { AgencyAliases, Assignment, Role } from './types';
import { normalizeAgency } from './normalizeAgency';
import { toHalfWidth } from './numerals';
import { LETTER_PATTERN } from './letterPattern';

export interface ParseUnitsOptions {
  /** Extra or overriding aliases for `normalizeAgency`. */
  aliases?: AgencyAliases;
}

/**
 * A problem in a 负责单位 cell, as data; `formatParseIssue` renders it. `units-unparsed` says what could
 * not be read: a `marker` (牵头, 配合 …) with no unit before it, a `piece` that is not a unit, the whole
 * `cell`, or nothing at all (`kind: 'failed'`, the scanner's safety net).
 */
export type UnitsIssue =
  | { code: 'units-empty'; params: Record<string, never> }
  | { code: 'units-unbalanced-brackets'; params: Record<string, never> }
  | { code: 'units-unparsed'; params: { kind: 'marker' | 'piece' | 'cell' | 'failed'; text: string } };

export interface UnitsAnalysis {
  /** Normalised agencies with their roles, in the order written, each agency once. */
  assignments: Assignment[];
  /** A list ended with `等` ("and others"): more agencies are meant than are named. */
  open: boolean;
  issues: UnitsIssue[];
}

/** How a piece of the cell was marked, before the cell as a whole decides the roles. */
type Kind = 'lead' | 'support' | 'responsible' | 'joint' | 'implementer' | 'unmarked';

/** Where the segment scan is: the next character, and where the current piece began. */
interface Cursor {
  i: number;
  pieceStart: number;
}

interface Piece {
  start: number;
  end: number;
  /** A per-agency annotation such as `（牵头）`. */
  override: Kind | null;
  /** What ended the piece: `、` matters for compounds like `各县、市、区政府`. */
  sep: string;
  /** `市和县区人民政府`: this piece (`市`) takes the rest of the next piece's name. */
  distribute: boolean;
}

interface Entry {
  raw: string;
  kind: Kind;
}

const MAX_ISSUES = 20;
/** Spaces trimmed by a plain loop before `trim` switches to its tables. */
const SHORT_RUN = 32;

/** Label forms: `牵头单位：`, `责任单位：`, `配合部门：` …, matched at the top level only. */
const LABEL_RE = /(牵头|责任|配合|负责|协办|参与|主办|主责|协助|协同)(?:单位|部门)\s*：/y;
const LABEL_FIRST = new Set(['牵', '责', '配', '负', '协', '参', '主']);

/** Role markers after a list: `牵头`, `等配合`, `分别负责`, `按职责分工负责`, `牵头负责`, `协同` (not inside `市协作办`) … */
const MARKER_RE =
  /(分别|共同|各自|按职责分工|按照职责分工|按职责|按照职责|依职责)?(牵头|配合|负责|协助|协办|参与|协[同作](?=负责|组织实施|实施|落实|推进|完成|单位|部门|[，；。、）)]|$))(负责|组织实施|实施|落实|推进|完成)?(?:单位|部门)?/y;
const MARKER_FIRST = new Set(['分', '共', '各', '按', '依', '牵', '配', '负', '协', '参']);

/** `X落实`, `X组织实施` ending a clause: who carries the task out, read like 负责 (市落实办 stays a name). */
const DOER_RE = /(?:具体|抓好|抓)?(?:组织实施|落实)/y;
const DOER_FIRST = new Set(['具', '抓', '组', '落']);

/** A bracket that only annotates the agency before it: `市教育局（牵头）`. */
const ANNOTATION_RE = /^(牵头|配合|负责|协助|协办|参与|主办|主责|责任|协同|协作)(?:单位|部门|主体)?$/;

/** `等`, `等部门`, `等有关单位` … as a list ending, not inside a name such as `市中等职业学校`. */
const ETC_RE = /等(?:有关|相关)?(?:部门|单位)?/y;

const CLAUSE_SEPS = new Set(['，', '；', '。']);
/** A line break lists names (one per line in a cell); it does not end a `X、Y牵头` group. */
const LIST_SEPS = new Set(['、', '/', '|', '\\', '\n', '\r']);
const SPACES = new Set([' ', '\t', '\u00a0']);

/** Every character the scanner reacts to; the others are skipped with one lookup. */
const SPECIAL = new Set([
  '（',
  '等',
  '和',
  '及',
  '与',
  '以',
  ...CLAUSE_SEPS,
  ...LIST_SEPS,
  ...SPACES,
  ...MARKER_FIRST,
  ...DOER_FIRST,
]);

/** Endings of a complete agency name; `和` splits a list only between two of these. */
const SUFFIXES: readonly string[] = [
  '部门',
  '单位',
  '企业',
  '中心',
  '集团',
  '公司',
  '学校',
  '政府',
  '街道',
  '乡镇',
  '局',
  '委',
  '办',
  '厅',
  '院',
  '府',
  '部',
  '联',
  '会',
  '室',
  '所',
  '行',
  '处',
  '站',
  '队',
  '社',
  '协',
  '校',
  '馆',
  '台',
  '署',
  '司',
  '团',
  '组',
  '区',
  '科',
];

/** Government levels that `和` can distribute: `市和县区人民政府` is two governments. */
const LEVEL_WORDS = new Set([
  '省',
  '市',
  '县',
  '区',
  '乡',
  '镇',
  '州',
  '县区',
  '市州',
  '乡镇',
  '省级',
  '市级',
  '县级',
  '县（区）',
  '县（市、区）',
]);
const MAX_LEVEL_WORD = 12; // longer than any level word even with spaces: no slicing of long pieces
const LEVEL_PREFIXES: readonly string[] = [
  '县（市、区）',
  '县（区）',
  '县区',
  '市州',
  '乡镇',
  '市级',
  '县级',
  '省级',
  '省',
  '市',
  '县',
  '区',
  '乡',
  '镇',
  '州',
];

/** A fragment such as `各县` is letters only; `——` is junk, never glued onto the next name. */
const ALL_LETTERS_RE = new RegExp(`^${LETTER_PATTERN}+$`);

/** Cells that say "no units" rather than naming any. */
const PLACEHOLDERS = new Set(['无', '暂无', '待定', '空', '略', '-', '--', '—', '——', '/', '\\']);

function markerKind(adverb: string | undefined, verb: string, tail: string | undefined): Kind {
  if (verb === '牵头') return 'lead';
  if (verb !== '负责') return 'support';
  // `负责落实` beside a lead names who carries the task out: a third role, read as joint.
  if (tail === '落实' && adverb === undefined) return 'implementer';
  if (adverb !== undefined || tail === '负责') return 'joint';
  return 'responsible';
}

function labelKind(word: string): Kind {
  if (word === '牵头' || word === '主办' || word === '主责') return 'lead';
  if (word === '责任' || word === '负责') return 'responsible';
  return 'support';
}

/** Unifies punctuation so the scanner sees one form: `（）`, `，`, `；`, `：`, `、`. */
function prepare(text: string): string {
  return toHalfWidth(text).replace(/[(),;:\uFF64]/g, (c) => {
    switch (c) {
      case '(':
        return '（';
      case ')':
        return '）';
      case ',':
        return '，';
      case ';':
        return '；';
      case ':':
        return '：';
      default:
        return '、';
    }
  });
}

/** The single pass over one cell; state lives here, not at module level. */
class UnitsScanner {
  private readonly partner: Int32Array;
  /**
   * Built on the first long run of spaces only: `spaceEnd[i]` is the first index ≥ i that is not a space,
   * `spaceStart[i]` the index after the last non-space before i.
   */
  private spaceEnd: Int32Array | null = null;
  private spaceStart: Int32Array | null = null;
  readonly entries: Entry[] = [];
  readonly issues: UnitsIssue[] = [];
  open = false;
  private group: Piece[] = [];

  constructor(private readonly s: string) {
    this.partner = new Int32Array(s.length).fill(-1);
    const stack: number[] = [];
    let unbalanced = false;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '（') stack.push(i);
      else if (c === '）') {
        const o = stack.pop();
        if (o === undefined) unbalanced = true;
        else {
          this.partner[o] = i;
          this.partner[i] = o;
        }
      }
    }
    if (unbalanced || stack.length > 0) {
      this.issue({ code: 'units-unbalanced-brackets', params: {} });
    }
  }

  issue(found: UnitsIssue): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push(found);
  }

  run(): void {
    const s = this.s;
    let lo = 0;
    let hi = s.length;
    // Unwrap `（X牵头，Y配合）` and `(牵头单位:X;责任单位:Y)`, as inline forms write them.
    for (;;) {
      while (lo < hi && this.isSpace(lo)) lo++;
      while (hi > lo && this.isSpace(hi - 1)) hi--;
      if (hi - lo >= 2 && s[lo] === '（' && this.partner[lo] === hi - 1) {
        lo++;
        hi--;
      } else break;
    }
    const labels: { start: number; end: number; kind: Kind }[] = [];
    for (let i = lo; i < hi;) {
      const c = s[i] ?? '';
      const close = this.partner[i] ?? -1;
      if (c === '（' && close > i) {
        i = close + 1;
        continue;
      }
      if (LABEL_FIRST.has(c)) {
        LABEL_RE.lastIndex = i;
        const m = LABEL_RE.exec(s);
        if (m && m.index + m[0].length <= hi) {
          labels.push({ start: i, end: i + m[0].length, kind: labelKind(m[1] ?? '') });
          i += m[0].length;
          continue;
        }
      }
      i++;
    }
    if (labels.length === 0) {
      this.scanSegment(lo, hi, 'unmarked');
      return;
    }
    this.scanSegment(lo, labels[0]?.start ?? hi, 'unmarked');
    labels.forEach((label, k) => {
      this.scanSegment(label.end, labels[k + 1]?.start ?? hi, label.kind);
    });
  }

  private isSpace(i: number): boolean {
    return SPACES.has(this.s[i] ?? '');
  }

  /** The piece [start, end) names a complete agency: it ends in a known suffix (or a bracket after one). */
  private isComplete(start: number, end: number): boolean {
    const s = this.s;
    [start, end] = this.trim(start, end);
    if (s[start] === '由') start++;
    if (s[end - 1] === '）') {
      const open = this.partner[end - 1] ?? -1;
      if (open >= start) end = open;
    }
    if (end - start < 2) return false;
    return SUFFIXES.some((suffix) => end - suffix.length >= start && s.startsWith(suffix, end - suffix.length));
  }

  private trimmed(start: number, end: number): string {
    return this.s.slice(start, end).trim();
  }

  /**
   * [start, end) without its leading and trailing spaces. A piece is re-tested at every space, so a loop
   * over a long run at each of them was quadratic (`市教育局` + 100,000 spaces + `市财政局`): past a short
   * run the answer comes from tables built once, in constant time.
   */
  private trim(start: number, end: number): [number, number] {
    let from = start;
    let to = end;
    for (let budget = SHORT_RUN; from < to && this.isSpace(from); from++)
      if (--budget === 0) return this.trimByTable(start, end);
    for (let budget = SHORT_RUN; to > from && this.isSpace(to - 1); to--)
      if (--budget === 0) return this.trimByTable(start, end);
    return [from, to];
  }

  private trimByTable(start: number, end: number): [number, number] {
    if (!this.spaceEnd || !this.spaceStart) {
      const s = this.s;
      const spaceEnd = new Int32Array(s.length + 1);
      const spaceStart = new Int32Array(s.length + 1);
      spaceEnd[s.length] = s.length;
      for (let i = s.length - 1; i >= 0; i--) spaceEnd[i] = this.isSpace(i) ? (spaceEnd[i + 1] ?? s.length) : i;
      for (let i = 1; i <= s.length; i++) spaceStart[i] = this.isSpace(i - 1) ? (spaceStart[i - 1] ?? 0) : i;
      this.spaceEnd = spaceEnd;
      this.spaceStart = spaceStart;
    }
    if (start >= end) return [start, start];
    const from = Math.min(this.spaceEnd[start] ?? start, end);
    return [from, Math.max(this.spaceStart[end] ?? end, from)];
  }

  private levelPrefixLength(pos: number, end: number): number {
    for (const prefix of LEVEL_PREFIXES) {
      if (this.s.startsWith(prefix, pos) && pos + prefix.length < end) return prefix.length;
    }
    return 0;
  }

  private endPiece(start: number, end: number, sep: string, override: Kind | null = null, distribute = false): void {
    [start, end] = this.trim(start, end);
    if (start < end) this.group.push({ start, end, override, sep, distribute });
  }

  /** Closes the current group of pieces, all marked `kind` unless a piece carries its own annotation. */
  private endGroup(kind: Kind, marker: string | null): void {
    const pieces = this.group;
    this.group = [];
    if (pieces.length === 0) {
      if (marker !== null) this.issue({ code: 'units-unparsed', params: { kind: 'marker', text: marker } });
      return;
    }
    // `各县、市、区政府`: a short fragment before `、` belongs to the name that follows.
    const merged: Piece[] = [];
    let lastComponentStart = -1;
    for (const piece of pieces) {
      const prev = merged[merged.length - 1];
      if (prev && prev.sep === '、' && this.isFragment(lastComponentStart, prev.end)) {
        prev.end = piece.end;
        prev.sep = piece.sep;
        prev.override = piece.override ?? prev.override;
        prev.distribute = piece.distribute;
      } else {
        merged.push({ ...piece });
      }
      lastComponentStart = piece.start;
    }
    for (let k = 0; k < merged.length; k++) {
      const piece = merged[k];
      if (!piece) continue;
      let raw = this.s.slice(piece.start, piece.end);
      const next = merged[k + 1];
      if (piece.distribute && next) {
        const prefix = this.levelPrefixLength(next.start, next.end);
        if (prefix > 0) raw = raw.trim() + this.s.slice(next.start + prefix, next.end);
      }
      this.entries.push({ raw, kind: piece.override ?? kind });
    }
  }

  /** `县`, `市`, `各县`: too short to be an agency on its own. */
  private isFragment(start: number, end: number): boolean {
    let text = this.trimmed(start, end);
    for (const prefix of ['各', '相关', '有关', '全']) {
      if (text.startsWith(prefix)) {
        text = text.slice(prefix.length);
        break;
      }
    }
    if (!ALL_LETTERS_RE.test(text)) return false;
    if (text.length <= 1) return true;
    return text.length === 2 && !this.isComplete(end - 2, end);
  }

  /** Reads [a, b) into groups of pieces, each group closed by a clause separator, a role marker or the end. */
  private scanSegment(a: number, b: number, defaultKind: Kind): void {
    const cur: Cursor = { i: a, pieceStart: a };
    while (cur.i < b) {
      const c = this.s[cur.i] ?? '';
      if (!SPECIAL.has(c)) {
        cur.i++;
        continue;
      }
      if (
        this.stepBracket(cur, c, b) ||
        this.stepSeparator(cur, c, defaultKind) ||
        this.stepEtc(cur, c, b) ||
        this.stepDoer(cur, c, b) ||
        this.stepMarker(cur, c, b) ||
        this.stepAnd(cur, b)
      )
        continue;
      this.stepSpace(cur, c);
      cur.i++;
    }
    this.endPiece(cur.pieceStart, b, '');
    this.endGroup(defaultKind, null);
  }

  /** A bracket is skipped whole; a short one annotating a role (`（协同）`) ends the piece before it with that role. */
  private stepBracket(cur: Cursor, c: string, b: number): boolean {
    const i = cur.i;
    const close = this.partner[i] ?? -1;
    if (c !== '（' || close <= i) return false;
    if (close < b && close - i <= 12) {
      const inner = this.s.slice(i + 1, close).trim();
      const m = ANNOTATION_RE.exec(inner);
      if (m) {
        this.endPiece(cur.pieceStart, i, '', labelKind(m[1] ?? ''));
        cur.pieceStart = close + 1;
      }
    }
    cur.i = Math.min(close + 1, b);
    return true;
  }

  /** A clause separator ends the piece and the group; a list separator ends the piece. */
  private stepSeparator(cur: Cursor, c: string, defaultKind: Kind): boolean {
    if (CLAUSE_SEPS.has(c)) {
      this.endPiece(cur.pieceStart, cur.i, '，');
      this.endGroup(defaultKind, null);
    } else if (LIST_SEPS.has(c)) {
      this.endPiece(cur.pieceStart, cur.i, c);
    } else return false;
    cur.pieceStart = cur.i + 1;
    cur.i++;
    return true;
  }

  /** A list-ending `等…` marks the list open and ends the piece. */
  private stepEtc(cur: Cursor, c: string, b: number): boolean {
    if (c !== '等') return false;
    const j = this.etcEnd(cur.i, b);
    if (j <= 0) return false;
    this.open = true;
    this.endPiece(cur.pieceStart, cur.i, '等');
    const and = this.andLength(j);
    cur.pieceStart = j + and;
    cur.i = j + and;
    return true;
  }

  /** `…负责落实` ending a clause: the group before it is the responsible (third) role. */
  private stepDoer(cur: Cursor, c: string, b: number): boolean {
    if (!DOER_FIRST.has(c)) return false;
    const s = this.s;
    DOER_RE.lastIndex = cur.i;
    const m = DOER_RE.exec(s);
    const end = m ? cur.i + m[0].length : -1;
    if (!m || end > b) return false;
    if (!(end === b || CLAUSE_SEPS.has(s[end] ?? '') || SPACES.has(s[end] ?? '') || s[end] === '\n')) return false;
    this.endPiece(cur.pieceStart, cur.i, '');
    this.endGroup('responsible', m[0]);
    cur.i = end;
    cur.pieceStart = end;
    return true;
  }

  /** A role marker (`牵头`, `配合`, `负责`) closes the group before it with its role. */
  private stepMarker(cur: Cursor, c: string, b: number): boolean {
    if (!MARKER_FIRST.has(c)) return false;
    MARKER_RE.lastIndex = cur.i;
    const m = MARKER_RE.exec(this.s);
    if (!m || cur.i + m[0].length > b) return false;
    this.endPiece(cur.pieceStart, cur.i, '');
    this.endGroup(markerKind(m[1], m[2] ?? '', m[3]), m[0]);
    cur.i += m[0].length;
    cur.pieceStart = cur.i;
    return true;
  }

  /** `和`/`及`/`与` after a complete name, or between level words (`市和县区人民政府`), ends the piece. */
  private stepAnd(cur: Cursor, b: number): boolean {
    const i = cur.i;
    const and = this.andLength(i);
    if (and <= 0) return false;
    if (this.isComplete(cur.pieceStart, i)) {
      this.endPiece(cur.pieceStart, i, '和');
    } else if (
      i - cur.pieceStart <= MAX_LEVEL_WORD &&
      LEVEL_WORDS.has(this.trimmed(cur.pieceStart, i)) &&
      this.levelPrefixLength(i + and, b) > 0
    ) {
      this.endPiece(cur.pieceStart, i, '和', null, true);
    } else return false;
    cur.pieceStart = i + and;
    cur.i = i + and;
    return true;
  }

  /** A space after a complete name ends the piece (`县交通 运输局` stays one: its first part is incomplete). */
  private stepSpace(cur: Cursor, c: string): void {
    const i = cur.i;
    const s = this.s;
    // After a space the piece is the same once trimmed and was found incomplete: test only a run's first space.
    if (SPACES.has(c) && !(i > cur.pieceStart && SPACES.has(s[i - 1] ?? '')) && this.isComplete(cur.pieceStart, i)) {
      this.endPiece(cur.pieceStart, i, ' ');
      cur.pieceStart = i + 1;
    }
  }

  /** Length of a joining `和`/`及`/`与`/`以及` at `i`, or 0. */
  private andLength(i: number): number {
    const c = this.s[i];
    if (c === '和' || c === '及' || c === '与') return 1;
    return this.s.startsWith('以及', i) ? 2 : 0;
  }

  /** End of a list-ending `等…` at `i`, or 0 when this `等` is part of a name. */
  private etcEnd(i: number, b: number): number {
    ETC_RE.lastIndex = i;
    const m = ETC_RE.exec(this.s);
    if (!m) return 0;
    const j = i + m[0].length;
    if (j > b) return 0;
    if (j === b) return j;
    const next = this.s[j] ?? '';
    if (CLAUSE_SEPS.has(next) || LIST_SEPS.has(next) || SPACES.has(next) || next === '（') return j;
    if (this.andLength(j) > 0) return j;
    MARKER_RE.lastIndex = j;
    return MARKER_RE.test(this.s) ? j : 0;
  }
}

const ROLE_RANK: Readonly<Record<Role, number>> = { lead: 3, joint: 2, support: 1 };

function resolveRoles(entries: readonly { name: string; kind: Kind }[]): Assignment[] {
  const hasLead = entries.some((e) => e.kind === 'lead');
  const hasSupport = entries.some((e) => e.kind === 'support');
  const responsibleLeads = !hasLead && hasSupport;
  const effectiveLead = hasLead || (responsibleLeads && entries.some((e) => e.kind === 'responsible'));
  const roleOf = (kind: Kind): Role => {
    switch (kind) {
      case 'lead':
      case 'support':
        return kind;
      case 'implementer':
        return 'joint';
      case 'joint':
        // `joint` means no lead is named: beside a 牵头, 按职责分工负责 / 共同负责 units support it.
        return hasLead ? 'support' : 'joint';
      case 'responsible':
        // 负责 with 配合 marks the lead; beside a 牵头 it is a second tier; alone it is a joint list.
        return hasLead ? 'support' : responsibleLeads ? 'lead' : 'joint';
      case 'unmarked':
        return effectiveLead ? 'support' : 'joint';
    }
  };
  const result: Assignment[] = [];
  const index = new Map<string, number>();
  for (const { name, kind } of entries) {
    const role = roleOf(kind);
    const at = index.get(name);
    if (at === undefined) {
      index.set(name, result.length);
      result.push({ agency: name, role });
    } else {
      const existing = result[at];
      if (existing && ROLE_RANK[role] > ROLE_RANK[existing.role]) existing.role = role;
    }
  }
  return result;
}

/** `由X牵头` ("led by X"): the 由 is not part of the name. */
const LEADING_BY_RE = /^由(?=.{2,})/u;
const HAS_NAME_CHAR_RE = new RegExp(LETTER_PATTERN);

/**
 * Reads a 负责单位 cell into normalised assignments, whether the list is open (`等`), and issues as data.
 * @example analyzeUnits('市教育局牵头，市发改委、市财政局等配合')
 * // { assignments: [{ agency: '市教育局', role: 'lead' }, { agency: '市发展改革委', role: 'support' },
 * //   { agency: '市财政局', role: 'support' }], open: true, issues: [] }
 */
export function analyzeUnits(text: string, options?: ParseUnitsOptions): UnitsAnalysis {
  const source = typeof text === 'string' ? text : '';
  const trimmed = source.trim();
  if (trimmed === '' || PLACEHOLDERS.has(trimmed)) {
    return { assignments: [], open: false, issues: [{ code: 'units-empty', params: {} }] };
  }
  try {
    const scanner = new UnitsScanner(prepare(source));
    scanner.run();
    const named: { name: string; kind: Kind }[] = [];
    for (const entry of scanner.entries) {
      const raw = entry.raw.trim().replace(LEADING_BY_RE, '');
      const name = normalizeAgency(raw, options?.aliases);
      if (name === '' || !HAS_NAME_CHAR_RE.test(name)) {
        if (/[^\s、，；。等]/u.test(raw))
          scanner.issue({ code: 'units-unparsed', params: { kind: 'piece', text: raw.slice(0, 40) } });
        continue;
      }
      named.push({ name, kind: entry.kind });
    }
    const assignments = resolveRoles(named);
    const issues = [...scanner.issues];
    if (assignments.length === 0 && !issues.some((i) => i.code === 'units-unparsed')) {
      issues.push({ code: 'units-unparsed', params: { kind: 'cell', text: trimmed.slice(0, 40) } });
    }
    return { assignments, open: scanner.open, issues };
  } catch {
    // A safety net only: the scanner is written not to throw, and callers rely on that.
    return { assignments: [], open: false, issues: [{ code: 'units-unparsed', params: { kind: 'failed', text: '' } }] };
  }
}

/**
 * Reads a 负责单位 cell into normalised assignments (lead, support or joint), in the order written.
 * @example parseUnits('市和县区人民政府，市教育局')
 * // [{ agency: '市人民政府', role: 'joint' }, { agency: '各县区人民政府', role: 'joint' },
 * //  { agency: '市教育局', role: 'joint' }]
 */
export function parseUnits(text: string, options?: ParseUnitsOptions): Assignment[] {
  return analyzeUnits(text, options).assignments;
}

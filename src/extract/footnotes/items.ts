import { findAgencies, maskTokens } from '../agencies/find.js';
import { subjectIndex } from '../agencies/lexicon.js';
import { wordTokens } from '../../nlp/index.js';
import type { ReadText } from '../agencies/texts.js';
import { findPlaces } from '../places/extract.js';
import { isSentenceEnd, splitTopLevel, startsLower, startsUpper, stripLead, trimSegment, type Segment } from './segments.js';

interface NameSpans {
  /** Agency names, place names and department subjects: a list never splits inside them. */
  inner: Segment[];
  /** Where an agency or a place phrase starts (`huyện Châu Thành` starts a name though in lower case). */
  starts: Set<number>;
}

/** What the shared reading pass (`readTexts`) already has for a text: its tokens, masked tokens and agencies. */
export type ReadTokens = Pick<ReadText, 'tokens' | 'masked' | 'agencies'>;

function nameSpans(text: string, read: ReadTokens | undefined): NameSpans {
  const tokens = read?.tokens ?? wordTokens(text);
  const masked = read?.masked ?? maskTokens(text, tokens);
  const agencies = read?.agencies ?? findAgencies(text, masked);
  const named = [...agencies, ...findPlaces(text, masked, agencies)].map(({ start, end }) => ({ start, end }));
  const inner: Segment[] = [...named];
  for (let i = 0; i < tokens.length; i += 1) {
    const hit = subjectIndex.matchAt(tokens, i);
    if (hit) inner.push({ start: tokens[i]!.start, end: tokens[hit.end - 1]!.end });
  }
  return { inner, starts: new Set(named.map((s) => s.start)) };
}

const inside = (spans: readonly Segment[], at: number): boolean => spans.some((s) => s.start < at && at < s.end);

/**
 * `Chánh Văn phòng, Phó Chánh Văn phòng UBND tỉnh`: a comma list of names splits when every
 * part starts with a capital; a part also splits at ` và ` before a capital outside any name
 * (`Phó Giám đốc Sở Ngoại vụ và Phó Trưởng Ban Dân tộc tỉnh`). `Quy hoạch bảo quản, tu bổ, …`
 * stays one item.
 */
function splitNames(text: string, segment: Segment, names: NameSpans): Segment[] {
  const commaParts = splitTopLevel(text, segment, ',')
    .map((p) => trimSegment(text, p))
    .filter((p) => p.end > p.start);
  // Every part a capitalised name, or every part an agency or place (`huyện Châu Thành`); a
  // place after an item is its location (`Khu dân cư …, thị xã An Nhơn`), not another item.
  const uniform = commaParts.every((p) => startsUpper(text, p)) || commaParts.every((p) => names.starts.has(p.start));
  const parts = commaParts.length > 1 && uniform ? commaParts : [segment];
  const startsName = (at: number): boolean => names.starts.has(at) || /\p{Lu}/u.test(text[at] ?? '');
  const out: Segment[] = [];
  for (const part of parts) {
    const pieces = splitTopLevel(text, part, ' và ', (at) => !inside(names.inner, at) && startsName(at + 4));
    out.push(...(pieces.length > 1 && startsName(part.start) ? pieces : [part]));
  }
  return out;
}

/** Words that open a clause continuing the item before it, not a new item: `…; trên cơ sở đó đề xuất …`. */
const CONNECTOR =
  /^(?:trên cơ sở đó|trên cơ sở này|qua đó|từ đó|do đó|vì vậy|đồng thời|trong đó|nhất là|đặc biệt là|tuy nhiên|nhưng|song|bên cạnh đó|ngoài ra|sau đó)(?![\p{L}\p{M}])/iu;

/**
 * The items a footnote body lists, in order: sentences, then `;`-separated parts, then comma
 * lists of names. Leading enumerators and labels (`(i)`, `Bổ nhiệm:`) are dropped; a part that
 * opens with a connector continues the item before it (`…; trên cơ sở đó đề xuất …`).
 */
export function listItems(text: string, read?: ReadTokens): Segment[] {
  const whole: Segment = { start: 0, end: text.length };
  const sentences = splitTopLevel(text, whole, '.', (at) => isSentenceEnd(text, at));
  const parts: Segment[] = [];
  for (const sentence of sentences) {
    for (const piece of splitTopLevel(text, sentence, ';')) {
      const trimmed = trimSegment(text, piece);
      if (trimmed.end <= trimmed.start) continue;
      const lead = trimSegment(text, stripLead(text, trimmed));
      const previous = parts[parts.length - 1];
      if (previous && startsLower(text, lead) && CONNECTOR.test(text.slice(lead.start, lead.end))) previous.end = trimmed.end;
      else if (lead.end > lead.start) parts.push(lead);
    }
  }
  const names = nameSpans(text, read);
  return parts
    .flatMap((part) => splitNames(text, part, names))
    .map((s) => trimSegment(text, s))
    .filter((s) => s.end > s.start);
}

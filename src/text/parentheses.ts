/**
 * The text with the inside of its parentheses blanked, same length (offsets stay valid): what a
 * parenthesis holds belongs to it (`Phù Mỹ (31,2%)`, `(trong đó …)`), not to the sentence around it.
 */
export function blankParentheses(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    out += depth > 0 ? ' '.repeat(ch.length) : ch;
    if (ch === ')' && depth > 0) depth -= 1;
  }
  return out;
}

/**
 * A sentence, list item or table row of a section: the unit an extractive answer is made of.
 */
export type Passage = {
  readonly sectionId: string;
  /** Position in the section, to keep the protocol's order when several passages are shown. */
  readonly position: number;
  /** Plain text without Markdown markers. */
  readonly text: string;
  readonly kind: 'sentence' | 'item';
  /** For list items: the sentence that introduces the list ("Het protocol bestaat uit 5 onderdelen:"). */
  readonly lead?: string;
};

/** Strips inline Markdown: bold, italics, links (keeps the link text). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\(([^)]*)\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^*])\*([^*]+)\*/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

// A sentence ends at . ! ? followed by a capital, a quote or a bracket; abbreviations such as
// "z.s.m. (binnen" or "m.b.t. mate" are followed by lower case and stay inside the sentence.
const sentenceBoundary = /(?<=[.!?])\s+(?=[A-Z0-9“‘"’])/u;

/** Shorter pieces are fragments of a wrong split ("art. 5 onder b.") and join the next sentence. */
const minimumSentenceLength = 20;

export function splitSentences(paragraph: string): string[] {
  const pieces = paragraph
    .split(sentenceBoundary)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 1);
  const sentences: string[] = [];
  let carry = '';
  for (const piece of pieces) {
    const sentence = carry ? `${carry} ${piece}` : piece;
    if (sentence.length < minimumSentenceLength && piece !== pieces.at(-1)) carry = sentence;
    else {
      sentences.push(sentence);
      carry = '';
    }
  }
  return sentences;
}

type Block = { kind: 'paragraph' | 'item' | 'row' | 'label'; text: string; lead?: string };

function blocksOf(body: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let lastLead: string | undefined;
  const flushParagraph = () => {
    if (paragraph.length === 0) return;
    const text = plainText(paragraph.join(' '));
    paragraph = [];
    if (/^\*\*[^*]+\*\*:?$/.test(text) || text.length === 0) return;
    blocks.push({ kind: 'paragraph', text });
    lastLead = text.endsWith(':') ? (splitSentences(text).at(-1) ?? text) : undefined;
  };
  for (const rawLine of body.split('\n')) {
    const line = rawLine.trimEnd();
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flushParagraph();
      blocks.push({ kind: 'item', text: plainText(item[1]!), ...(lastLead ? { lead: lastLead } : {}) });
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flushParagraph();
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((cell) => plainText(cell));
      if (cells.every((cell) => /^:?-+:?$/.test(cell) || cell === '')) continue;
      blocks.push({ kind: 'row', text: cells.join(': ') });
      continue;
    }
    if (line.trim() === '') {
      flushParagraph();
      continue;
    }
    if (/^\s{2,}\S/.test(line) && blocks.at(-1)?.kind === 'item' && paragraph.length === 0) {
      // An indented continuation of a list item.
      const previous = blocks.at(-1)!;
      previous.text = `${previous.text} ${plainText(line)}`;
      continue;
    }
    if (/^\*\*[^*]+\*\*:?$/.test(line.trim())) {
      flushParagraph();
      lastLead = plainText(line);
      continue;
    }
    paragraph.push(line.trim());
  }
  flushParagraph();
  return blocks;
}

/**
 * Splits a section body into passages: sentences of paragraphs, list items (with the sentence that
 * introduces their list) and table rows.
 */
export function splitPassages(sectionId: string, body: string): Passage[] {
  const passages: Passage[] = [];
  for (const block of blocksOf(body)) {
    // Footnotes are references (a report, a URL), not answers.
    if (block.text.startsWith('Voetnoot:')) continue;
    if (block.kind === 'paragraph') {
      for (const sentence of splitSentences(block.text))
        passages.push({ sectionId, position: passages.length, text: sentence, kind: 'sentence' });
    } else if (block.text.length > 0) {
      passages.push({
        sectionId,
        position: passages.length,
        text: block.text,
        kind: 'item',
        ...(block.lead ? { lead: block.lead } : {}),
      });
    }
  }
  return passages;
}

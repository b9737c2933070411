import { create, getByID, insert, insertMultiple, remove, search, type Orama, type Tokenizer } from '@orama/orama';
import { internalDocumentIDStore, tokenizer as tokenizerModule } from '@orama/orama/components';
import { stemmer } from '@orama/stemmers/dutch';
import { stopwords } from '@orama/stopwords/dutch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { foldText } from './text-folding.js';
import { createWordScoreIndex, type WordScoreIndex } from './word-score-index.js';

const schema = { sectionId: 'enum', title: 'string', body: 'string' } as const;
type Db = Orama<typeof schema>;

const knowledge = loadKnowledgeBase();
const documents = [...knowledge.sections.values()].map((section) => ({
  sectionId: section.id,
  title: foldText(section.title),
  body: foldText(section.body),
}));
const words = [
  ...new Set(documents.flatMap((document) => `${document.title} ${document.body}`.split(/[^\p{L}\p{N}]+/u))),
].filter((word) => word.length > 1);
const sectionIds = documents.map((document) => document.sectionId);

function dutchTokenizer(): Tokenizer {
  return tokenizerModule.createTokenizer({ language: 'dutch', stemming: true, stemmer, stopWords: stopwords });
}

/** The same documents twice: with Orama's own index component and with the word-score one. */
function twoIndexes(): { readonly plain: Db; readonly cached: Db; readonly scores: WordScoreIndex } {
  const scores = createWordScoreIndex();
  const plain = create({ schema, components: { tokenizer: dutchTokenizer() } });
  const cached = create({ schema, components: { tokenizer: dutchTokenizer(), index: scores } });
  insertMultiple(plain, documents);
  insertMultiple(cached, documents);
  return { plain, cached, scores };
}

const { plain, cached, scores } = twoIndexes();

/** Internal ids of the documents of these sections in the cached index (what `where: { sectionId: { in } }` keeps). */
function internalIdsOf(sections: readonly string[]): Set<number> {
  const wanted = new Set(sections);
  const ids = new Set<number>();
  for (let id = 1; id <= documents.length; id++) {
    const document = getByID(
      cached,
      internalDocumentIDStore.getDocumentIdFromInternalId(cached.internalDocumentIDStore, id),
    ) as { sectionId: string } | undefined;
    if (document && wanted.has(document.sectionId)) ids.add(id);
  }
  return ids;
}

function topOf({ words: terms, properties, boost, relevance, filter, limit }: Query): [string, number][] | undefined {
  const top = scores.topDocuments(cached, {
    term: terms.join(' '),
    properties,
    boost,
    relevance: { ...relevance },
    limit,
    ...(filter ? { within: internalIdsOf(filter) } : {}),
  });
  return top?.map(({ id, score }) => [
    (
      getByID(cached, internalDocumentIDStore.getDocumentIdFromInternalId(cached.internalDocumentIDStore, id)) as {
        sectionId: string;
      }
    ).sectionId,
    score,
  ]);
}

const query = fc.record({
  words: fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom('jan', 'sanne', 'xyzzy', 'leerl', '')), {
    minLength: 1,
    maxLength: 8,
  }),
  properties: fc.constantFrom<('title' | 'body')[]>(['title', 'body'], ['body'], ['body', 'title']),
  boost: fc.record({ title: fc.constantFrom(0.5, 1, 2), body: fc.constantFrom(1, 1.5) }),
  relevance: fc.record({ k: fc.constantFrom(0.5, 1.2), b: fc.constantFrom(0, 0.3, 0.75), d: fc.constant(0.5) }),
  filter: fc.option(fc.uniqueArray(fc.constantFrom(...sectionIds), { minLength: 1, maxLength: 6 }), { nil: undefined }),
  limit: fc.constantFrom(5, 24, 500),
});

type Query = typeof query extends fc.Arbitrary<infer T> ? T : never;

/** Hits as [section id, score]: Orama's own document ids differ per index. */
function hitsOf(result: unknown): [string, number][] {
  return (result as { hits: { document: { sectionId: string }; score: number }[] }).hits.map((hit) => [
    hit.document.sectionId,
    hit.score,
  ]);
}

function run(db: Db, { words: terms, properties, boost, relevance, filter, limit }: Query) {
  return hitsOf(
    search(db, {
      term: terms.join(' '),
      properties,
      boost,
      relevance,
      limit,
      ...(filter ? { where: { sectionId: { in: filter } } } : {}),
    }),
  );
}

describe('the word-score index', () => {
  it('finds the same documents with the same scores, to the bit, as Orama’s own index', () => {
    fc.assert(
      fc.property(query, (parameters) => {
        const expected = run(plain, parameters);
        // Twice: the first search computes the words' scores, the second takes them from the cache.
        expect(run(cached, parameters)).toEqual(expected);
        expect(run(cached, parameters)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks the top documents directly as Orama’s search ranks its hits', () => {
    fc.assert(
      fc.property(query, (parameters) => {
        const top = topOf(parameters);
        // Terms that tokenize to nothing (stop words only) are left to Orama, which then scores everything.
        if (top === undefined) expect(dutchTokenizer().tokenize(parameters.words.join(' '), 'dutch')).toEqual([]);
        else expect(top).toEqual(run(plain, parameters));
      }),
      { numRuns: 300 },
    );
  });

  it('finds real protocol questions the same way', () => {
    const questions = [
      'wanneer moet ik verzuim melden bij de leerplichtambtenaar',
      'wat is een thuiszitter',
      'wie is de verzuimcoach en wat doet die',
      'hoeveel uur ongeoorloofd verzuim',
    ];
    for (const question of questions) {
      const parameters: Query = {
        words: question.split(' '),
        properties: ['title', 'body'],
        boost: { title: 0.5, body: 1 },
        relevance: { k: 0.5, b: 0.3, d: 0.5 },
        filter: undefined,
        limit: 24,
      };
      const expected = run(plain, parameters);
      expect(expected.length).toBeGreaterThan(0);
      expect(run(cached, parameters)).toEqual(expected);
      expect(topOf(parameters)).toEqual(expected);
    }
  });

  it('scores afresh when a document is replaced (same document count, other words)', () => {
    const { plain: before, cached: after } = twoIndexes();
    const parameters: Query = {
      words: ['leerplichtambtenaar', 'melden'],
      properties: ['title', 'body'],
      boost: { title: 1, body: 1 },
      relevance: { k: 1.2, b: 0.75, d: 0.5 },
      filter: undefined,
      limit: 500,
    };
    const first = { sectionId: 'first', title: 'iets anders', body: 'over de jeugdarts' };
    const second = { sectionId: 'second', title: 'melden', body: 'de leerplichtambtenaar wil het melden van verzuim' };
    const ids = [before, after].map((db) => insert(db, first) as string);
    expect(run(after, parameters)).toEqual(run(before, parameters));
    [before, after].forEach((db, position) => {
      remove(db, ids[position]!);
      insert(db, second);
    });
    const expected = run(before, parameters);
    expect(expected.map(([sectionId]) => sectionId)).toContain('second');
    expect(run(after, parameters)).toEqual(expected);
  });

  it('leaves searches it does not cover (typo tolerance, exact, threshold) to Orama', () => {
    for (const extra of [
      { term: 'leerplichtambtenar melden', tolerance: 1 },
      { term: 'leerplichtambtenaar', exact: true },
      { term: 'leerplichtambtenaar melden', threshold: 0 },
    ]) {
      const parameters = { properties: ['title', 'body'] as ('title' | 'body')[], limit: 50, ...extra };
      const expected = hitsOf(search(plain, parameters));
      expect(expected.length).toBeGreaterThan(0);
      expect(hitsOf(search(cached, parameters))).toEqual(expected);
    }
  });
});

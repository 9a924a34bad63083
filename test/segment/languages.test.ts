import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';

function sentences(text: string, language: string): string[] {
  return splitSentences(text, 0, text.length, language).map((span) => text.slice(span.start, span.end));
}

// Each case is one of the errors the issue lists on the UD treebanks, or its language's like.
const cases: [string, string, string[]][] = [
  ['ru', 'Он родился в 1808 г. и воспитывался дома. Потом уехал.', ['Он родился в 1808 г. и воспитывался дома.', 'Потом уехал.']],
  ['ru', 'Это важно, т. е. нужно. Да.', ['Это важно, т. е. нужно.', 'Да.']],
  ['ru', 'Он живёт на ул. Ленина. Там тихо.', ['Он живёт на ул. Ленина.', 'Там тихо.']],
  ['fr', 'Quel mot. élan est rare. Voilà.', ['Quel mot. élan est rare.', 'Voilà.']],
  ['de', 'Wir kommen am 5. Juli an. Das ist gut.', ['Wir kommen am 5. Juli an.', 'Das ist gut.']],
  ['de', 'Alles war in Öl bzw. Butter getränkt. Sehr gut.', ['Alles war in Öl bzw. Butter getränkt.', 'Sehr gut.']],
  ['de', 'Sie leben in St. Pankraz. Es ist schön.', ['Sie leben in St. Pankraz.', 'Es ist schön.']],
  ['pt', 'Não vá S. Pedro pregar uma partida. Leve guarda-chuva.', ['Não vá S. Pedro pregar uma partida.', 'Leve guarda-chuva.']],
  ['it', 'Fine delle leggi. 858. Comprensorio di bonifica. Altro.', ['Fine delle leggi.', '858. Comprensorio di bonifica.', 'Altro.']],
  ['fr', 'Au second tour J. Chirac gagnait. Puis il partit.', ['Au second tour J. Chirac gagnait.', 'Puis il partit.']],
  ['zh', '今天天气很好。我们去公园吧！你来吗？好的。', ['今天天气很好。', '我们去公园吧！', '你来吗？', '好的。']],
  ['zh', '他说：「我来了。」然后走了。', ['他说：「我来了。」', '然后走了。']],
  ['ja', '雨が降った。傘を持った。', ['雨が降った。', '傘を持った。']],
  ['ar', 'هل أنت هنا؟ نعم أنا هنا.', ['هل أنت هنا؟', 'نعم أنا هنا.']],
  ['th', 'วันนี้อากาศดี เราไปสวนสาธารณะกัน iPhone 15 ราคาถูก', ['วันนี้อากาศดี', 'เราไปสวนสาธารณะกัน iPhone 15 ราคาถูก']],
];

describe('sentences beyond English', () => {
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(sentences(text, language)).toEqual(expected);
  });

  it('leaves English to its own rules: a full stop before a lower-case word still ends a sentence', () => {
    expect(sentences('He left at 5. then it rained.', 'en')).toEqual(['He left at 5.', 'then it rained.']);
    expect(sentences('He left at 5. then it rained.', 'de')).toEqual(['He left at 5. then it rained.']);
  });

  it('does not cut an English text at an ideographic full stop', () => {
    expect(sentences('他说。我来 is a phrase.', 'en')).toEqual(['他说。我来 is a phrase.']);
  });

  it('keeps a long word before a lower-case word a sentence end ("dai serbi. messo in ginocchio")', () => {
    expect(sentences('Lo hanno fermato i serbi. messo in ginocchio, tacque.', 'it')).toEqual(['Lo hanno fermato i serbi.', 'messo in ginocchio, tacque.']);
  });
});

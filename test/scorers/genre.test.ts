import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adaptive } from '../../src/scorers/adaptive.js';
import { decide, features, routing, type GenreFeatures } from '../../src/scorers/genre.js';
import { klsum } from '../../src/scorers/klsum.js';
import { createSalience } from '../../src/scorers/salience.js';
import { analyse, summarize } from '../../src/summarize.js';
import { upTo } from './helpers.js';

const article = readFileSync(new URL('../../fixtures/csto-tokayev.txt', import.meta.url), 'utf8');

const meeting = [
  'Project Manager: OK , so today we decide on the remote control design .',
  'Marketing: I think the buttons should be bigger , people lose small buttons .',
  'Industrial Designer: We can do rubber buttons , they are cheap .',
  'Project Manager: And the battery ? You said kinetic last time .',
  'Industrial Designer: Kinetic is too expensive for our budget , I would go with a normal battery .',
  'Marketing: Our users want a fancy look , I mean the fruit and vegetable theme .',
  'User Interface: I agree , a yellow case with rubber buttons .',
  'Project Manager: So rubber buttons , normal battery , a yellow case .',
  'Marketing: Yes .',
  'Project Manager: Good , we meet again after lunch .',
].join('\n');

const reviews = [
  'I love these shoes. They fit great and my feet never hurt. I wear them every day.',
  'Too small for me. I had to send them back. The color was nice though.',
  'My husband loves them. We bought two pairs. Great price for the quality.',
  'They look cheap in person. I would not buy again. The sole came off after a month.',
  'Comfortable and light. I walk a lot at work and these are perfect. My go-to pair now.',
  'Nice shoes but the laces are short. I replaced them. Otherwise I am happy.',
].join('\n');

const signals = (overrides: Partial<GenreFeatures>): GenreFeatures => ({
  sentences: 30,
  speakerLines: 0,
  personal: 0.01,
  wordsPerSentence: 24,
  firstPersonParagraphs: 0,
  ...overrides,
});

// Long-sentenced reviews, one a line: neither short sentences nor many I/we/you give them away.
const longReviews = [
  'I bought these trunks for a two-week cruise along the Norwegian coast with the whole family last summer. The side pockets were deep enough for sunglasses, a phone, sunscreen and the cabin key all day long.',
  'The mesh liner ran small and my husband cut it out with kitchen scissors after the second day at the beach. That simple change fixed the fit completely for the rest of the trip, and nothing frayed.',
  'These were the best swimwear available during the winter season at the big department stores in town. I found the price very decent compared with everything else the other shops were selling online.',
  'The large fitted my teenage son exactly as the size chart on the product page had promised it would. The elastic waistband feels a little tighter than expected after a few washes at forty degrees.',
  'The bright colour faded after a month of chlorine in the community pool near the primary school. Still, the stitching has held up well so far and the drawstring has not come loose even once.',
  'Shipping took nine working days instead of the three that the seller had listed at checkout in March. I would order them again anyway, because they look sharp on the beach and dry very quickly.',
].join('\n');

// A story in short paragraphs whose first person is all in quotes.
const quotedStory = [
  'The council approved the new library on Tuesday after a long debate about its cost to the town.',
  '"I have waited ten years for this day," said the mayor, who had campaigned for the building since her first term.',
  'Work will start in the spring and should take about eighteen months, according to the planning office.',
  '\'My children will grow up with it,\' said one resident. \'I think it was worth every penny.\'',
  'Opponents said the money should have gone to roads, and one councillor voted against the plan.',
].join('\n');

describe('features', () => {
  it('sees a transcript by its speaker labels, and not a one-line text that opens with "Name:"', () => {
    expect(features(analyse(meeting)).speakerLines).toBe(1);
    expect(features(analyse('Note: the meeting moved to Tuesday. Everyone agreed. The room is booked.')).speakerLines).toBe(0);
  });

  it('sees reviews by their first person and short sentences, and news by neither', () => {
    const news = features(analyse(article));
    expect(news.personal).toBeLessThan(routing.personal);
    expect(news.wordsPerSentence).toBeGreaterThan(routing.wordsPerSentence);
    const own = features(analyse(reviews));
    expect(own.personal).toBeGreaterThan(routing.personal);
    expect(own.wordsPerSentence).toBeLessThan(routing.wordsPerSentence);
  });

  it('sees paragraph after paragraph in the first person, outside quotes, and needs four paragraphs', () => {
    const own = features(analyse(longReviews));
    expect(own.firstPersonParagraphs).toBeGreaterThanOrEqual(routing.firstPersonParagraphs);
    expect(own.wordsPerSentence).toBeGreaterThan(routing.wordsPerSentence);
    expect(own.personal).toBeLessThan(routing.personal);
    expect(features(analyse(quotedStory)).firstPersonParagraphs).toBe(0);
    expect(features(analyse(longReviews.replace(/\n/gu, ' '))).firstPersonParagraphs).toBe(0);
    expect(features(analyse(longReviews.split('\n').slice(0, 3).join('\n'))).firstPersonParagraphs).toBe(0);
    // The word list is English: Italian's plural article "i" is no "I".
    const italian = ['Ho comprato i pantaloni per la crociera.', 'Sono arrivati i regali in tempo.', 'Abbiamo visto i delfini dal ponte.', 'Sono piaciuti i colori a tutti.'].join('\n');
    expect(features(analyse(italian, { language: 'it' })).firstPersonParagraphs).toBe(0);
  });

  it('is all zeros on a text without candidates', () => {
    const f = features(analyse('...'));
    expect(f.personal).toBe(0);
    expect(f.wordsPerSentence).toBe(0);
    expect(f.firstPersonParagraphs).toBe(0);
  });
});

describe('decide: the first rule that holds', () => {
  it.each([
    ['a transcript', signals({ speakerLines: 0.9 }), 'coverage'],
    ['short sentences', signals({ wordsPerSentence: 11 }), 'coverage'],
    ['many I, we and you', signals({ personal: 0.09 }), 'coverage'],
    ['a few quotes in the first person (news)', signals({ personal: 0.05 }), 'lead-first'],
    ['most paragraphs in the first person (reviews one a line)', signals({ personal: 0.05, firstPersonParagraphs: 0.8 }), 'coverage'],
    ['half the paragraphs in the first person', signals({ firstPersonParagraphs: 0.5 }), 'lead-first'],
    ['short sentences in a short text (a note, not a conversation)', signals({ wordsPerSentence: 11, sentences: 6 }), 'whole-text'],
    ['a short transcript', signals({ speakerLines: 0.9, sentences: 9 }), 'coverage'],
    ['a short text', signals({ sentences: 7 }), 'whole-text'],
    ['an article', signals({}), 'lead-first'],
  ] as const)('%s', (_what, input, treatment) => {
    const decision = decide(input);
    expect(decision.treatment).toBe(treatment);
    expect(decision.because.length).toBeGreaterThan(0);
    expect(decision.signals.sentences).toBe(input.sentences);
  });
});

describe('decide: text in a language other than English', () => {
  it.each([
    ['a transcript', signals({ speakerLines: 0.9 }), 'coverage'],
    ['a short text is read opening-first, not whole', signals({ sentences: 7 }), 'lead-first'],
    ['short sentences in a short text', signals({ wordsPerSentence: 11, sentences: 6 }), 'lead-first'],
    ['short sentences', signals({ wordsPerSentence: 11 }), 'coverage'],
    ['an article', signals({}), 'lead-first'],
  ] as const)('%s', (_what, input, treatment) => {
    const decision = decide(input, 'vi');
    expect(decision.treatment).toBe(treatment);
    expect(decision.because.length).toBeGreaterThan(0);
  });

  it('scores a short article with the first sentence as its lede', () => {
    const text = 'Thành phố Hải Phòng khai trương thư viện mới vào thứ Bảy. Thư viện nằm gần nhà ga. Nó có thể chứa khoảng bốn mươi nghìn cuốn sách. Nhiều cuốn sách do người dân quyên góp. Thị trưởng nói đây là một ngày lịch sử. Các tình nguyện viên đã phân loại sách bằng tay. Thư viện mở cửa mỗi ngày trừ Chủ nhật. Trẻ em có thể đọc sách miễn phí. Có một phòng riêng cho sinh viên. Những người lớn tuổi thích khu vườn đọc sách.';
    const doc = analyse(text, { language: 'vi' });
    expect(adaptive.decide?.(doc).treatment).toBe('lead-first');
    expect(adaptive.score(doc)).toEqual(createSalience({ lede: 1 }).score(doc));
    expect(adaptive.score(doc)).not.toEqual(createSalience().score(doc));
  });
});

describe('the adaptive default', () => {
  it('scores a news article as the salience scorer with its position prior, and leaves the choice to the select stage', () => {
    const doc = analyse(article);
    expect(adaptive.decide?.(doc).treatment).toBe('lead-first');
    expect(adaptive.score(doc)).toEqual(createSalience().score(doc));
    expect(adaptive.choose?.(doc, adaptive.score(doc), upTo(3))).toBeUndefined();
  });

  it('summarizes long-sentenced reviews, one a line, as KL-Sum does', () => {
    const doc = analyse(longReviews);
    expect(adaptive.decide?.(doc).treatment).toBe('coverage');
    expect(adaptive.decide?.(doc).because).toMatch(/paragraphs/);
  });

  it('summarizes a meeting as KL-Sum does', () => {
    const doc = analyse(meeting);
    expect(adaptive.decide?.(doc).treatment).toBe('coverage');
    const scores = adaptive.score(doc);
    expect(scores).toEqual(klsum.score(doc));
    expect(adaptive.choose?.(doc, scores, upTo(2))).toEqual(klsum.choose?.(doc, scores, upTo(2)));
  });

  it('says in the summary which signals decided', () => {
    const summary = summarize(meeting, { budget: { kind: 'sentences', value: 2 } });
    expect(summary.decision?.treatment).toBe('coverage');
    expect(summary.decision?.because).toMatch(/speaker labels/);
    expect(summary.decision?.signals.speakerLines).toBe(1);
    // Other algorithms do not adapt, and say nothing.
    expect(summarize(meeting, { algorithm: 'lead' }).decision).toBeUndefined();
  });
});

/**
 * First- and second-person pronouns of English, lower-case, as the tokenizer gives them: a text
 * that uses many of them speaks to or as someone (reviews, conversation, letters), unlike a
 * report. Read by the adaptive default's signals (src/scorers/genre.ts).
 */
export const personWords: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', "i'm", "i've", "we're", "you're"]);

/**
 * First-person singular. Narrower than {@link personWords}: "we", "you" and "us" (also the US) are
 * common in news paragraphs, while paragraph after paragraph that says "I" is a series of personal
 * accounts, such as reviews (the adaptive default's `firstPersonParagraphs` signal).
 */
export const firstPersonWords: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]);

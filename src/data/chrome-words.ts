/**
 * Words that, on a short line of their own, mark page furniture rather than article text:
 * navigation, sharing, sign-up and cookie notices. Matched as whole lower-case words.
 */
export const chromeWords: ReadonlySet<string> = new Set([
  'previous', 'next', 'prev', 'older', 'newer', 'back', 'home', 'menu', 'navigation', 'skip',
  'share', 'shares', 'tweet', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'telegram', 'email', 'print',
  'subscribe', 'unsubscribe', 'newsletter', 'sign', 'login', 'log', 'register', 'signup',
  'cookie', 'cookies', 'accept', 'consent', 'privacy', 'terms',
  'advertisement', 'advertising', 'sponsored', 'ad',
  'related', 'recommended', 'trending', 'popular', 'more', 'read', 'continue', 'comments', 'comment', 'reply',
  'follow', 'tags', 'tagged', 'category', 'categories', 'archive', 'archives', 'search',
  'summary', 'article', 'articles', 'story', 'stories', 'post', 'posts', 'page',
  'copyright', 'rights', 'reserved', 'top',
  'jump', 'content', 'settings', 'preferences', 'like', 'save', 'release', 'immediate',
]);

/**
 * Words that name the sections a page has after its article: comments, related links,
 * references, notes and contacts for the press. A heading of nothing else ("See also",
 * "12 Comments", "Notes to editors") in the second half of a page opens its end matter.
 */
export const endMatterWords: ReadonlySet<string> = new Set([
  'comments', 'comment', 'replies', 'reply', 'responses', 'related', 'references', 'notes', 'footnotes', 'sources',
  'bibliography', 'citations', 'also', 'further', 'external', 'links', 'contact', 'contacts', 'enquiries', 'inquiries',
  'editors', 'author',
]);

/**
 * Words of the notices a site puts around an article (cookie consent, newsletter sign-up,
 * log-in prompts) that articles themselves seldom use, two of them in one short line.
 */
export const noticeWords: ReadonlySet<string> = new Set([
  'cookies', 'cookie', 'consent', 'website', 'websites', 'browser', 'browsing', 'javascript', 'settings', 'preferences',
  'newsletter', 'newsletters', 'inbox', 'subscribe', 'subscribed', 'subscription', 'subscribers', 'unsubscribe', 'signup',
  'login', 'password', 'notifications', 'adblocker',
]);

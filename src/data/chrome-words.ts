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
]);

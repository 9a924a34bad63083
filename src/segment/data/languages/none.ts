import { language } from './types.js';

/**
 * Languages whose scripts have no letter case and whose texts rarely abbreviate with a full stop:
 * Arabic, Persian, Chinese, Japanese, Korean, Thai. Their own terminators (。！？ ؟ ۔) are in chars.ts.
 */
export function caseless(code: string): ReturnType<typeof language> {
  return language(code, [], { lowerCaseJoins: false });
}

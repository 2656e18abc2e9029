/** Finding English in a text the server says in German. */

/** Words of English prose that German never uses. */
const englishWords = /(?<![\w-])(the|is|are|of|and|to|for|with|not|by|this|it|from|under|on|line|used|defined|measures?|section|see|mapped|more|other|none|read|has|be|add|change|write|remove|ignore|here|fix|all|problems|file)(?![\w-])/i;

/**
 * The first English word of a German text, leaving out what is English on purpose: code, and the
 * other language's name set in italics ("**Zutrittskontrolle** / *Physical access control*").
 */
export const englishIn = (german: string): string | undefined =>
  englishWords.exec(german.replace(/`[^`]*`/g, ' ').replace(/\*\*/g, '').replace(/\*[^*]+\*/g, ' '))?.[0];

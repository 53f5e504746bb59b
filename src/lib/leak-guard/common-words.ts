/**
 * Words of four letters or more that say nothing about a note on their own: frequent English words,
 * and the show's own vocabulary. A short withheld text made only of these ("After the show", "Thank
 * the guest") is too likely to appear in a page by chance to be called a leak.
 */
const COMMON_WORDS = new Set(`
  about above after again against also always another anyone anything around back because been before
  being below best better between both came come could daily does doing done down during each either
  else even ever every first from full give going good great have having here into just keep know last
  least like little long look made make many maybe more most much must need never next none once only
  other over part please really right same should show some something soon still such sure take than
  thank thanks that their them then there these they thing things think this those through time today
  together under until upon very want well were what when where which while whole will with within
  without would yeah year your yours
  afterwards agenda announce announcement audio call calendar camera chat check checklist
  comment comments community episode episodes event follow guest guests hello host hosts intro invite
  link links live livestream meeting mention minute minutes name notes outro page point points post
  question questions ready recording schedule screen share slide slides start stream
  streaming talk talking timestamps title topic topics video videos watch welcome youtube
`.split(/\s+/).filter(Boolean));

/** Whether a normalised word is too common to make a short withheld text recognisable. */
export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.has(word);
}

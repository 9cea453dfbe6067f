/**
 * The answer sets read as ordered scales without being told, low to high: the published Likert-type anchor sets
 * (docs/statistics.md, "Ordered answers") in their 3-, 4-, 5- and 7-point forms, and common UK survey wordings.
 * A survey that uses only some of a set's labels is ordered by the set. The first set that fits every answer
 * wins, so the usual 5-point sets come first and the longer "ladders" (which hold several wordings of one idea
 * on separate rungs) come last.
 */

export interface Vocabulary {
  name: string;
  /** Levels in scale order, low to high; each level lists its accepted spellings, the first being canonical. */
  levels: string[][];
}

const v = (name: string, ...levels: (string | string[])[]): Vocabulary => ({
  name,
  levels: levels.map((l) => (Array.isArray(l) ? l : [l])),
});

const neitherAgree = ['Neither agree nor disagree', 'Neither agree or disagree', 'Neutral', 'Neither', 'Undecided'];

/** "Not at all aware" … "Extremely aware": the unipolar degree sets (awareness, influence, importance, concern…). */
function degree(name: string, adjective: string): Vocabulary {
  const a = adjective;
  return v(
    name,
    [`Not at all ${a}`, `Not ${a}`],
    [`Slightly ${a}`, `A little ${a}`, `Not very ${a}`],
    [`Somewhat ${a}`, `Moderately ${a}`, `Fairly ${a}`],
    [`Very ${a}`, `Quite ${a}`],
    [`Extremely ${a}`, `Completely ${a}`],
  );
}

/** "Completely dissatisfied" … "Completely satisfied": the 7-point bipolar sets (satisfaction, adequacy, likelihood…). */
function bipolar7(name: string, negative: string, positive: string): Vocabulary {
  const neither = [`Neither ${positive} nor ${negative}`, `Neither ${positive} or ${negative}`, 'Neutral', 'Neither'];
  return v(
    name,
    [`Very ${negative}`, `Extremely ${negative}`, `Completely ${negative}`],
    [negative, `Mostly ${negative}`],
    [`Somewhat ${negative}`, `Slightly ${negative}`],
    neither,
    [`Somewhat ${positive}`, `Slightly ${positive}`],
    [positive, `Mostly ${positive}`],
    [`Very ${positive}`, `Extremely ${positive}`, `Completely ${positive}`],
  );
}

/** The 5-point bipolar sets: "Very dissatisfied", "Dissatisfied", neither, "Satisfied", "Very satisfied". */
function bipolar5(name: string, negative: string, positive: string): Vocabulary {
  const neither = [`Neither ${positive} nor ${negative}`, `Neither ${positive} or ${negative}`, 'Neutral', 'Neither'];
  return v(name, [`Very ${negative}`, `Extremely ${negative}`], negative, neither, positive, [`Very ${positive}`, `Extremely ${positive}`]);
}

/** Known vocabularies, most common first: the first that fits wins. */
export const VOCABULARIES: readonly Vocabulary[] = [
  v('agreement-5', ['Strongly disagree', 'Disagree strongly'], 'Disagree', neitherAgree, 'Agree', ['Strongly agree', 'Agree strongly']),
  v(
    'agreement-7',
    'Strongly disagree',
    ['Disagree', 'Mostly disagree'],
    ['Somewhat disagree', 'Slightly disagree', 'Tend to disagree'],
    neitherAgree,
    ['Somewhat agree', 'Slightly agree', 'Tend to agree'],
    ['Agree', 'Mostly agree'],
    'Strongly agree',
  ),
  v(
    'frequency-5',
    'Never',
    ['Rarely', 'Seldom'],
    'Sometimes',
    ['Often', 'Very often', 'Usually', 'Frequently', 'Most of the time'],
    ['Always', 'Every time', 'All of the time'],
  ),
  v('frequency-6', 'Never', 'Rarely', 'Sometimes', 'Often', 'Very often', 'Always'),
  v(
    'frequency-uk',
    'Never',
    ['Rarely', 'Hardly ever'],
    'Occasionally',
    ['Regularly', 'Sometimes'],
    ['Frequently', 'Often'],
    ['Very often', 'Very frequently', 'Constantly'],
    'Always',
  ),
  v(
    'frequency-half',
    'Never',
    ['Seldom', 'Rarely'],
    ['About half the time', 'Half the time'],
    ['Usually', 'Most of the time'],
    ['Always', 'Every time'],
  ),
  v(
    'amount-5',
    ['None at all', 'None', 'Not at all', 'Nothing'],
    ['A little', 'Very little', 'A bit'],
    ['A moderate amount', 'Some', 'Somewhat'],
    ['A lot', 'Quite a bit', 'Quite a lot', 'Much'],
    ['A great deal', 'Very much', 'A huge amount'],
  ),
  v('none-some-frequently', 'None', 'Some', 'Frequently'),
  v(
    'balance-3',
    ['Far too little', 'Much too little', 'Far too few', 'Far too low'],
    ['Too little', 'Too few', 'Too low', 'Not enough'],
    ['About right', 'Just right', 'The right amount', 'About the right amount'],
    ['Too much', 'Too many', 'Too high'],
    ['Far too much', 'Much too much', 'Far too many', 'Far too high'],
  ),
  v(
    'use-4',
    ['Never', 'Not at all'],
    ['Occasionally', 'Lightly', 'Rarely'],
    ['Regularly', 'Moderately', 'Sometimes'],
    ['Heavily', 'Frequently', 'Very often', 'Constantly'],
  ),
  v(
    'extent-5',
    ['Not at all', 'To no extent'],
    ['To a small extent', 'To a little extent', 'Slightly', 'To a slight extent'],
    ['To a moderate extent', 'To some extent', 'Moderately'],
    ['To a large extent', 'To a great extent', 'Very much', 'To a considerable extent'],
    ['To a very large extent', 'To a very great extent', 'Completely', 'Extremely', 'Entirely', 'To a full extent'],
  ),
  bipolar5('satisfaction-5', 'dissatisfied', 'satisfied'),
  v(
    'likelihood-5',
    ['Very unlikely', 'Extremely unlikely', 'Highly unlikely'],
    'Unlikely',
    ['Neither likely nor unlikely', 'Neutral', 'Unsure'],
    'Likely',
    ['Very likely', 'Extremely likely', 'Highly likely'],
  ),
  v(
    'likelihood-4',
    ['Definitely not', 'Definitely will not'],
    ['Probably not', 'Probably will not'],
    ['Probably', 'Probably will'],
    ['Definitely', 'Definitely will'],
  ),
  v(
    'importance-5',
    ['Not at all important', 'Not important', 'Unimportant'],
    ['Slightly important', 'Of little importance', 'Low importance', 'Of low importance'],
    ['Moderately important', 'Fairly important', 'Somewhat important', 'Important'],
    'Very important',
    ['Extremely important', 'Essential', 'Critical'],
  ),
  v(
    'importance-7',
    'Not at all important',
    ['Low importance', 'Of little importance'],
    'Slightly important',
    ['Neutral', 'Neither important nor unimportant'],
    'Moderately important',
    'Very important',
    'Extremely important',
  ),
  v('quality-5', 'Very poor', 'Poor', ['Fair', 'Average', 'Acceptable', 'Satisfactory'], 'Good', ['Excellent', 'Very good']),
  v('quality-6', 'Very poor', 'Poor', ['Fair', 'Average', 'Acceptable', 'Satisfactory'], 'Good', 'Very good', ['Excellent', 'Outstanding']),
  v('ofsted-4', 'Inadequate', 'Requires improvement', 'Good', 'Outstanding'),
  v(
    'confidence-5',
    'Not at all confident',
    ['Slightly confident', 'Not very confident', 'Not confident'],
    ['Moderately confident', 'Somewhat confident', 'Fairly confident', 'Confident'],
    'Very confident',
    ['Extremely confident', 'Completely confident'],
  ),
  v(
    'adequacy-5',
    ['Very inadequate', 'Completely inadequate'],
    'Inadequate',
    ['Barely adequate', 'Neither adequate nor inadequate', 'Neutral'],
    'Adequate',
    ['Very adequate', 'More than adequate', 'Completely adequate'],
  ),
  v(
    'problem-4',
    ['Not a problem', 'No problem', 'Not at all a problem'],
    ['Minor problem', 'A minor problem', 'Slight problem', 'A small problem'],
    ['Moderate problem', 'A moderate problem', 'Somewhat of a problem'],
    ['Serious problem', 'A serious problem', 'Major problem', 'A major problem', 'Severe problem'],
  ),
  v(
    'priority-5',
    ['Not a priority', 'Not at all a priority', 'No priority'],
    'Low priority',
    ['Medium priority', 'Moderate priority', 'Somewhat a priority'],
    'High priority',
    ['Essential', 'Top priority', 'Very high priority', 'Essential priority', 'Urgent'],
  ),
  v(
    'influence-3',
    ['No influence', 'Not at all influential'],
    ['Some influence', 'Little influence'],
    ['Great influence', 'A great deal of influence', 'Strong influence'],
  ),
  v(
    'support-5',
    'Strongly oppose',
    ['Oppose', 'Somewhat oppose'],
    ['Neither support nor oppose', 'Neutral'],
    ['Support', 'Somewhat support'],
    'Strongly support',
  ),
  v('difficulty-5', 'Very difficult', 'Difficult', ['Neither easy nor difficult', 'Neutral'], 'Easy', 'Very easy'),
  v(
    'change-5',
    ['Greatly decreased', 'Decreased a lot', 'Significantly decreased'],
    ['Decreased', 'Slightly decreased', 'Decreased a little'],
    ['Stayed the same', 'No change', 'About the same'],
    ['Increased', 'Slightly increased', 'Increased a little'],
    ['Greatly increased', 'Increased a lot', 'Significantly increased'],
  ),
  v(
    'more-less-5',
    ['Much less', 'A lot less'],
    ['Less', 'A little less', 'Slightly less'],
    ['About the same', 'The same', 'No change'],
    ['More', 'A little more', 'Slightly more'],
    ['Much more', 'A lot more'],
  ),
  v(
    'better-worse-5',
    ['Much worse', 'A lot worse'],
    ['Worse', 'A little worse', 'Slightly worse'],
    ['About the same', 'The same', 'No change'],
    ['Better', 'A little better', 'Slightly better'],
    ['Much better', 'A lot better'],
  ),
  ...(
    [
      'aware',
      'influential',
      'important',
      'concerned',
      'familiar',
      'satisfied',
      'likely',
      'adequate',
      'effective',
      'useful',
      'helpful',
      'prepared',
      'supported',
      'confident',
      'knowledgeable',
      'interested',
    ] as const
  ).map((a) => degree(`degree-${a}`, a)),
  bipolar7('satisfaction-7', 'dissatisfied', 'satisfied'),
  bipolar7('likelihood-7', 'unlikely', 'likely'),
  bipolar7('adequacy-7', 'inadequate', 'adequate'),
  bipolar7('effectiveness-7', 'ineffective', 'effective'),
  bipolar5('effectiveness-5', 'ineffective', 'effective'),
  bipolar5('helpfulness-5', 'unhelpful', 'helpful'),
  // Last resorts: several wordings of one idea on their own rungs, for a survey that mixes them.
  v(
    'frequency-ladder',
    'Never',
    'Almost never',
    ['Rarely', 'Seldom', 'Hardly ever'],
    'Occasionally',
    'Sometimes',
    'Regularly',
    'Often',
    'Frequently',
    ['Very often', 'Very frequently'],
    ['Usually', 'Almost always', 'Most of the time'],
    ['Always', 'Every time', 'All of the time', 'Constantly'],
  ),
  v(
    'amount-ladder',
    ['None', 'None at all', 'Not at all', 'Nothing'],
    'Very little',
    ['A little', 'A bit', 'Little'],
    ['Some', 'Somewhat'],
    'A moderate amount',
    ['Quite a bit', 'Quite a lot'],
    ['A lot', 'Much', 'Lots'],
    ['A great deal', 'Very much', 'A huge amount'],
  ),
];

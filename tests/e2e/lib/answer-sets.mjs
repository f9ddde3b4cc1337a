// Answer sets with the recommendation and some verdicts they must give (CONTRACT §3 and §4),
// shared by the Chromium suite and the other engines' layer: a link with the query restores them.
export const ANSWER_SETS = [
  ['', 'undecided', { 'olmo-3': 'match', 'gpt-5': 'match' }],
  ['?deploy=self&hardware=laptop', 'open-weights', { 'deepseek-r1': 'excluded', 'gpt-oss-20b': 'match', 'gpt-5': 'excluded', 'qwen3.5': 'match' }],
  ['?scale=hyperscale', 'undecided', { 'llama-4-scout': 'excluded', 'llama-4-maverick': 'excluded', 'devstral-2': 'excluded', 'kimi-k2.6': 'conditional', 'olmo-3': 'match' }],
  ['?outputs=yes', 'open-weights', { 'gpt-5': 'excluded', 'claude-4': 'excluded', 'llama-4-scout': 'conditional', 'gemma-3n': 'conditional', 'deepseek-r1': 'match' }],
  ['?region=eu', 'undecided', { 'llama-4-maverick': 'excluded', 'gemini-pro': 'conditional', 'qwen3.6-max': 'conditional', 'gpt-5': 'match', 'pythia': 'match' }],
  ['?transparency=reproduce', 'open-source', { 'pythia': 'match', 'apertus': 'match', 'gpt-oss-120b': 'excluded' }],
  ['?restrictions=no', 'open-weights', { 'apertus': 'excluded', 'kimi-k2.5': 'excluded', 'qwen3.6-max': 'excluded', 'gemma-4': 'match' }],
  ['?deploy=api', 'closed', { 'gpt-5': 'match', 'olmo-2': 'match' }],
];

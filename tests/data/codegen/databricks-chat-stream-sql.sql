-- Run in a Databricks SQL warehouse or notebook; the answer is the column "answer".
-- Left out, because ai_query cannot send it:
--   - the system prompt (ai_query sends one prompt string)
--   - 4 other messages of the conversation, tool calls and results included: only the last user message is the prompt
--   - the stop sequences
--   - the tool definitions (ai_query cannot call tools)
--   - the parameters "seed", "tool_choice", "top_k" (modelParameters here carries max_tokens, temperature and top_p)
--   - the custom headers "X-Team", "X-Api-Key", "X-Tenant"
--   - streaming: ai_query returns the whole answer
SELECT ai_query(
  'databricks-claude-sonnet-4-5',
  'And tomorrow?',
  modelParameters => named_struct('max_tokens', 200, 'temperature', 0.2, 'top_p', 0.9)
) AS answer

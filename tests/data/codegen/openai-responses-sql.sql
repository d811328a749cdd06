-- Run in a Databricks SQL warehouse or notebook; the answer is the column "answer".
-- This client is made for Databricks; http://127.0.0.1:8080 is the origin of an OpenAI-compatible server, standing in for a workspace.
-- Left out, because ai_query cannot send it:
--   - the system prompt (ai_query sends one prompt string)
--   - 4 other messages of the conversation, tool calls and results included: only the last user message is the prompt
--   - the tool definitions (ai_query cannot call tools)
--   - the parameters "seed", "tool_choice", "top_k" (modelParameters here carries max_tokens, temperature and top_p)
SELECT ai_query(
  'gpt-4o-mini',
  'And tomorrow?',
  modelParameters => named_struct('max_tokens', 200, 'temperature', 0.2, 'top_p', 0.9)
) AS answer

-- parlance-cli batch: 3 model(s), one row per (input row, model).
WITH input AS (
  SELECT
    `_parlance_input_index` AS input_index,
    `_parlance_input_row` AS input_row,
    CAST(`prompt` AS STRING) AS prompt
  FROM VALUES
    (0, '{"id":7}', 'Grüße, 😀 \'quoted\''),
    (1, '{"id":null}', 'back\\slash and `ticks`\nline two')
    AS t(`_parlance_input_index`, `_parlance_input_row`, `prompt`)
)
SELECT input_index, 0 AS model_index, 'demo-echo' AS model, input_row, prompt,
  ai_query('demo-echo', prompt, modelParameters => named_struct('max_tokens', 16), failOnError => false) AS response
FROM input
UNION ALL
SELECT input_index, 1 AS model_index, 'demo-lorem' AS model, input_row, prompt,
  ai_query('demo-lorem', prompt, modelParameters => named_struct('max_tokens', 16), failOnError => false) AS response
FROM input
UNION ALL
SELECT input_index, 2 AS model_index, 'demo-error' AS model, input_row, prompt,
  ai_query('demo-error', prompt, modelParameters => named_struct('max_tokens', 16), failOnError => false) AS response
FROM input
ORDER BY input_index, model_index

-- parlance-cli batch: 2 model(s), one row per (input row, model).
WITH input AS (
  SELECT
    row_number() OVER (ORDER BY monotonically_increasing_id()) - 1 AS input_index,
    to_json(struct(*)) AS input_row,
    concat('Summarise ', coalesce(CAST(`text` AS STRING), ''), ' (', coalesce(CAST(`topic` AS STRING), ''), ')') AS prompt
  FROM `main`.`demo`.`prompts`
)
SELECT input_index, 0 AS model_index, 'demo-echo' AS model, input_row, prompt,
  ai_query('demo-echo', prompt, modelParameters => named_struct('max_tokens', 64, 'temperature', 0.5), failOnError => false) AS response
FROM input
UNION ALL
SELECT input_index, 1 AS model_index, 'demo-error' AS model, input_row, prompt,
  ai_query('demo-error', prompt, modelParameters => named_struct('max_tokens', 64, 'temperature', 0.5), failOnError => false) AS response
FROM input
ORDER BY input_index, model_index
